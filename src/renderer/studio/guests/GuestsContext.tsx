import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useStudio } from '../../hooks/use-studio';
import { useReadable } from '../../hooks/use-readable';
import { useSyncedState } from '../../hooks/use-synced-state';
import { NO_SEATS, studioSeatsSync, type SeatsState } from '../../lib/guest-seats-state';
import { IceFeed } from '../../lib/ice-feed';
import { pictureDemand } from '../../lib/page-picture-demand';
import { StudioPeers, type SeatMedia } from '../../lib/studio-peers';

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
  const [hostStream, setHostStreamState] = useState<MediaStream | null>(null);
  const peers = useMemo(() => new StudioPeers({ send: (seatId, peerId, data) => void client.command('seat.signal', { seatId, peerId, data }), demand: pictureDemand }), [client]);
  const media = useReadable(peers.media);
  // TURN credentials are minted per page and expire: the feed keeps fresh ones for the next call.
  const ice = useMemo(() => new IceFeed({ fetch: () => client.command('ice.servers', {}).then((r) => (r.ok ? r.value : null)) }), [client]);

  const sync = useMemo(() => studioSeatsSync(ice), [ice]);
  const { view } = useSyncedState(client, sync);
  const state = view.value ?? NO_SEATS;

  useEffect(() => {
    const offEvent = client.onEvent((event) => {
      if (event.type === 'studio.signal') peers.receive(event.seatId, event.peerId, event.data);
      // Guest settings or TURN changed (the core re-publishes the settings): new servers for new calls.
      if (event.type === 'guests.settings') void ice.refresh();
    });
    const offIce = ice.servers.subscribe((servers) => peers.setIceServers(servers));
    return () => {
      offEvent();
      offIce();
      ice.destroy();
      peers.destroy();
    };
  }, [client, peers, ice]);

  useEffect(() => peers.sync(state.seats), [peers, state.seats]);

  const value: GuestsContextValue = {
    ...state,
    media,
    peers,
    loadError: view.loadError?.message ?? null,
    hostStream,
    setHostStream: (stream) => {
      setHostStreamState(stream);
      peers.setHostStream(stream);
    },
  };
  return <GuestsContext.Provider value={value}>{children}</GuestsContext.Provider>;
}
