import { Notice } from '../components/Notice';

/**
 * The studio keeps calling but no call connects: this network and the studio's found no way to
 * each other. Said plainly, with what the guest can do; the page keeps trying on its own.
 */
export function NoMediaPath() {
  return (
    <Notice kind="error" title="Your video can’t reach the studio">
      <p>
        Your browser and the studio found no way to connect through this network, so the host can’t see or hear you yet. You keep your place and your
        time; this page keeps trying by itself.
      </p>
      <p>What helps:</p>
      <ul>
        <li>Try another network: switch from office or school Wi-Fi to a phone hotspot or home Wi-Fi.</li>
        <li>Turn off a VPN or firewall app for this page, if you have one.</li>
        <li>Tell the host: their studio may need a TURN server (Settings → Guests) to reach guests on networks like yours.</li>
      </ul>
    </Notice>
  );
}
