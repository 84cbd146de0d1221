import { useEffect, useState } from 'react';
import type { ObsStatus } from '../../shared/obs';
import type { ProgramState } from '../../shared/program';
import type { StudioClient } from '../lib/studio-client';

export interface BroadcastView {
  obs: ObsStatus | null;
  program: ProgramState | null;
  loadError: string | null;
}

/** OBS status and program state: read after every (re)connect, then kept current by events. */
export function useBroadcast(client: StudioClient): BroadcastView {
  const [view, setView] = useState<BroadcastView>({ obs: null, program: null, loadError: null });
  useEffect(() => {
    let current = true;
    const load = async () => {
      const [obs, program] = await Promise.all([client.command('obs.status', {}), client.command('program.get', {})]);
      if (!current) return;
      setView((before) => ({
        obs: obs.ok ? obs.value : before.obs,
        program: program.ok ? program.value : before.program,
        loadError: !obs.ok ? obs.error.message : !program.ok ? program.error.message : null,
      }));
    };
    const offWelcome = client.onWelcome(() => void load());
    if (client.state.get().status === 'online') void load();
    const offEvent = client.onEvent((event) => {
      if (event.type === 'obs.status') setView((before) => ({ ...before, obs: event.status }));
      if (event.type === 'program.state') setView((before) => ({ ...before, program: event.program }));
    });
    return () => {
      current = false;
      offWelcome();
      offEvent();
    };
  }, [client]);
  return view;
}
