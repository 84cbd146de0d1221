import { createContext, useContext, useEffect, useMemo, type ReactNode } from 'react';
import { useSeatCalls } from '../../hooks/use-seat-calls';
import { useStudio } from '../../hooks/use-studio';
import { useSyncedState } from '../../hooks/use-synced-state';
import { NO_SEATS, studioSeatsSync, type SeatsState } from '../../lib/guest-seats-state';
import type { SeatMedia, StudioPeers } from '../../lib/studio-peers';

export interface GuestsContextValue extends SeatsState {
  media: ReadonlyMap<string, SeatMedia>;
  peers: StudioPeers;
  loadError: string | null;
  hostStream: MediaStream | null;
  setHostStream: (stream: MediaStream | null) => void;
}

const GuestsContext = createContext<GuestsContextValue | null>(null);

export function useGuests(): GuestsContextValue {
  const value = useContext(GuestsContext);
  if (!value) throw new Error('useGuests needs a <GuestsProvider> above it');
  return value;
}

/**
 * Guest seats and their media for the whole studio page: mounted above the tabs, so switching to
 * Settings never drops a guest's video (which would pause their paid time).
 */
export function GuestsProvider({ children }: { children: ReactNode }) {
  const { client } = useStudio();
  const { peers, ice, media, myStream, setMyStream } = useSeatCalls(client);
  const sync = useMemo(() => studioSeatsSync(ice), [ice]);
  const { view } = useSyncedState(client, sync);
  const state = view.value ?? NO_SEATS;

  useEffect(() => peers.sync(state.seats), [peers, state.seats]);

  const value: GuestsContextValue = {
    ...state,
    media,
    peers,
    loadError: view.loadError?.message ?? null,
    hostStream: myStream,
    setHostStream: setMyStream,
  };
  return <GuestsContext.Provider value={value}>{children}</GuestsContext.Provider>;
}
