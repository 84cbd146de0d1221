/**
 * A crowd of waiting guests in one page (bundled by esbuild with the product's own client and peer
 * code, evaluated by tests/bench/support/guest-crowd.ts). Fifty real guest pages do not fit a 2-core
 * machine (each costs 10–15 % of a core for its own camera preview and microphone processing, cost
 * that real guests carry on their own devices), so figure 7 runs the guests it does not time here:
 * each has its own join link, WebSocket session (`guest.enter`, `guest.media`, `guest.view`) and
 * WebRTC peers answering the studio (lib/guest-peers.ts, with the video paused or live exactly as the
 * core's `pictureLive` says); they share this page's one fake camera and microphone.
 */
/* global window, location */
import '../../../src/renderer/lib/zod-config';
import { GuestPeers } from '../../../src/renderer/lib/guest-peers';
import { webSocketUrl } from '../../../src/renderer/lib/socket';
import { StudioClient } from '../../../src/renderer/lib/studio-client';

let media = null;
const guests = [];

window.hotseatCrowd = {
  /** One more guest enters the green room from this page; resolves once they are in. */
  async join(token, name) {
    media ??= navigator.mediaDevices.getUserMedia({ video: true, audio: true });
    const stream = await media;
    const client = new StudioClient({ url: webSocketUrl(location.origin), token, WebSocket });
    const guest = { client, peers: null, pending: [] };
    guests.push(guest);
    client.onEvent((event) => {
      if (event.type === 'guest.signal') {
        if (guest.peers) guest.peers.receive(event.peerId, event.data);
        else guest.pending.push(event);
      } else if (event.type === 'guest.view') guest.peers?.setVideoSending(event.view.pictureLive);
    });
    const welcomed = new Promise((resolve) => {
      const off = client.onWelcome(() => {
        off();
        resolve();
      });
    });
    client.start();
    await welcomed;
    const entered = await client.command('guest.enter', { name });
    if (!entered.ok) throw new Error(`${name} could not enter: ${entered.error.message}`);
    guest.peers = new GuestPeers({
      stream,
      iceServers: entered.value.iceServers,
      send: (peerId, data) => void client.command('guest.signal', { peerId, data }),
      videoSending: entered.value.pictureLive,
    });
    for (const event of guest.pending.splice(0)) guest.peers.receive(event.peerId, event.data);
    guest.peers.connected.subscribe((ok) => void client.command('guest.media', { ok }));
  },

  /** Leaves and disconnects everyone (the bench is over). */
  leaveAll() {
    for (const guest of guests) {
      guest.peers?.closeAll();
      guest.client.stop();
    }
  },
};
