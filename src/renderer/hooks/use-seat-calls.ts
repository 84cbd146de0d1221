import { useCallback, useEffect, useMemo, useState } from 'react';
import { IceFeed } from '../lib/ice-feed';
import { pictureDemand } from '../lib/page-picture-demand';
import type { StudioClient } from '../lib/studio-client';
import { StudioPeers, type SeatMedia } from '../lib/studio-peers';
import { useReadable } from './use-readable';

export interface SeatCalls {
  peers: StudioPeers;
  /** This page's ICE servers (TURN credentials minted for it, refreshed at half-life). */
  ice: IceFeed;
  media: ReadonlyMap<string, SeatMedia>;
  /** The camera this page sends on every call (the host's, or the moderator's), or none. */
  myStream: MediaStream | null;
  setMyStream: (stream: MediaStream | null) => void;
}

/**
 * A page's calls to guests (the studio's, or a moderator's backstage): one StudioPeers whose
 * signaling goes through the core (`seat.signal` out, `studio.signal` in), with fresh ICE servers
 * for each new call. Which seats are called is the page's choice (`peers.sync`).
 */
export function useSeatCalls(client: StudioClient): SeatCalls {
  const peers = useMemo(() => new StudioPeers({ send: (seatId, peerId, data) => void client.command('seat.signal', { seatId, peerId, data }), demand: pictureDemand }), [client]);
  const ice = useMemo(() => new IceFeed({ fetch: () => client.command('ice.servers', {}).then((r) => (r.ok ? r.value : null)) }), [client]);
  const media = useReadable(peers.media);
  const [myStream, setMyStreamState] = useState<MediaStream | null>(null);

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

  const setMyStream = useCallback(
    (stream: MediaStream | null) => {
      setMyStreamState(stream);
      peers.setHostStream(stream);
    },
    [peers],
  );
  return { peers, ice, media, myStream, setMyStream };
}
