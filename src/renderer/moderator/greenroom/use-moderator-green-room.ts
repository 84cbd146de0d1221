import { useEffect, useMemo } from 'react';
import type { Seat } from '../../../shared/guests';
import { useSeatCalls } from '../../hooks/use-seat-calls';
import { useStudio } from '../../hooks/use-studio';
import { useSyncedState } from '../../hooks/use-synced-state';
import { moderatorSeatsSync } from '../../lib/guest-seats-state';
import type { SeatMedia, StudioPeers } from '../../lib/studio-peers';

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

const NO_SEATS: Seat[] = [];

/**
 * The moderator's side of screening: the seats (`moderator.seats`, then `seat.upserted`), and one
 * media peer per guest that is backstage (the studio's own StudioPeers, only for those), sending
 * the moderator's camera when turned on. The core routes the guest's answers to this page only.
 * Mounted above the console's tabs, so switching tabs never drops a conversation.
 */
export function useModeratorGreenRoom(): ModeratorGreenRoom {
  const { client } = useStudio();
  const { peers, ice, media, myStream, setMyStream } = useSeatCalls(client);
  const sync = useMemo(() => moderatorSeatsSync(ice), [ice]);
  const { view } = useSyncedState(client, sync);
  const seats = view.value ?? NO_SEATS;

  // Only guests backstage are called: the green room and the program are not the moderator's.
  useEffect(() => peers.sync(seats.filter((s) => s.stage === 'backstage')), [peers, seats]);

  return { seats, loaded: view.value !== null, loadError: view.loadError?.message ?? null, media, peers, myStream, setMyStream };
}
