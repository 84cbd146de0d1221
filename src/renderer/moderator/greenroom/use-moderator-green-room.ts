import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Seat } from '../../../shared/guests';
import { useReadable } from '../../hooks/use-readable';
import { useStudio } from '../../hooks/use-studio';
import { useSyncedState } from '../../hooks/use-synced-state';
import { moderatorSeatsSync } from '../../lib/guest-seats-state';
import { IceFeed } from '../../lib/ice-feed';
import { pictureDemand } from '../../lib/page-picture-demand';
import { StudioPeers, type SeatMedia } from '../../lib/studio-peers';

export interface ModeratorGreenRoom {
  seats: Seat[];
  /** False until the first load answered. */
  loaded: boolean;
  loadError: string | null;
  media: ReadonlyMap<string, SeatMedia>;
  peers: StudioPeers;
  myStream: MediaStream | null;
  setMyStream: (stream: MediaStream | null) => void;
}

/**
 * The moderator's side of screening: the seats (`moderator.seats`, then `seat.upserted`), and one
 * media peer per guest that is backstage (the studio's own StudioPeers, only for those), sending
 * the moderator's camera when turned on. The core routes the guest's answers to this page only.
 * Mounted above the console's tabs, so switching tabs never drops a conversation.
 */
const NO_SEATS: Seat[] = [];

export function useModeratorGreenRoom(): ModeratorGreenRoom {
  const { client } = useStudio();
  const [myStream, setMyStreamState] = useState<MediaStream | null>(null);
  const peers = useMemo(() => new StudioPeers({ send: (seatId, peerId, data) => void client.command('seat.signal', { seatId, peerId, data }), demand: pictureDemand }), [client]);
  const media = useReadable(peers.media);
  // The moderator's own TURN credentials (minted for this page, expiring): refreshed at half-life.
  const ice = useMemo(() => new IceFeed({ fetch: () => client.command('ice.servers', {}).then((r) => (r.ok ? r.value : null)) }), [client]);

  const sync = useMemo(() => moderatorSeatsSync(ice), [ice]);
  const { view } = useSyncedState(client, sync);
  const seats = view.value ?? NO_SEATS;

  useEffect(() => {
    const offEvent = client.onEvent((event) => {
      if (event.type === 'studio.signal') peers.receive(event.seatId, event.peerId, event.data);
    });
    const offIce = ice.servers.subscribe((servers) => peers.setIceServers(servers));
    return () => {
      offEvent();
      offIce();
      ice.destroy();
      peers.destroy();
    };
  }, [client, peers, ice]);
  // Only guests backstage are called: the green room and the program are not the moderator's.
  useEffect(() => peers.sync(seats.filter((s) => s.stage === 'backstage')), [peers, seats]);

  const setMyStream = useCallback(
    (stream: MediaStream | null) => {
      setMyStreamState(stream);
      peers.setHostStream(stream);
    },
    [peers],
  );

  return { seats, loaded: view.value !== null, loadError: view.loadError?.message ?? null, media, peers, myStream, setMyStream };
}
