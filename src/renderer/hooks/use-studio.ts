import { createContext, useContext } from 'react';
import type { StudioSnapshot } from '../../shared/commands';
import type { ConnectionState, StudioClient } from '../lib/studio-client';

export interface StudioContextValue {
  client: StudioClient;
  snapshot: StudioSnapshot;
  connection: ConnectionState;
  /** False while disconnected: actions are paused, the last known state stays on screen. */
  online: boolean;
  /** Whose page this is: a moderator's console hides what only the host may do. Host when absent. */
  role?: 'host' | 'moderator';
}

export const StudioContext = createContext<StudioContextValue | null>(null);

export function useStudio(): StudioContextValue {
  const value = useContext(StudioContext);
  if (!value) throw new Error('useStudio needs a <StudioContext.Provider> above it');
  return value;
}
