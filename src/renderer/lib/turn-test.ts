import type { TurnTestPlan } from '../../shared/turn';

/**
 * The studio's "Test TURN": a peer connection that may use relayed candidates only, with freshly
 * minted credentials. Getting a relay candidate proves the address answers and accepts the
 * credentials (so the shared secret matches the server's); error 401 means it answered and refused
 * them; nothing at all within the time means nothing answered at that address. Framework-free:
 * the outcome is a kind and its data, which the studio's card words (`settings.turn.test.*Detail`).
 */
export type TurnTestOutcome =
  | { kind: 'relay'; address: string; port: number | null; protocol: string | null; url: string | null }
  | { kind: 'refused' }
  | { kind: 'unreachable'; urls: string[] };

export interface TurnTestOptions {
  timeoutMs?: number;
  /** The browser's constructor (a test page may wrap it). */
  PeerConnection?: typeof RTCPeerConnection;
}

export function testTurn(plan: TurnTestPlan, options: TurnTestOptions = {}): Promise<TurnTestOutcome> {
  const PeerConnection = options.PeerConnection ?? RTCPeerConnection;
  const pc = new PeerConnection({ iceServers: plan.iceServers, iceTransportPolicy: 'relay' });
  let refused = false;
  return new Promise<TurnTestOutcome>((resolve) => {
    let settled = false;
    const finish = (outcome: TurnTestOutcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      pc.close();
      resolve(outcome);
    };
    const noRelay = () => finish(refused ? { kind: 'refused' } : { kind: 'unreachable', urls: [...plan.urls] });
    const timer = setTimeout(noRelay, options.timeoutMs ?? 12_000);
    pc.addEventListener('icecandidate', (event) => {
      const candidate = event.candidate;
      if (candidate === null) {
        noRelay(); // gathering finished without a relay
        return;
      }
      if (candidate.type !== 'relay') return;
      finish({ kind: 'relay', address: candidate.address ?? relayAddressOf(candidate.candidate), port: candidate.port, protocol: candidate.protocol, url: urlOf(candidate) });
    });
    pc.addEventListener('icecandidateerror', (event) => {
      // 401 Unauthorized after the credentials were sent (the first challenge is handled inside the browser).
      if (event.errorCode === 401) refused = true;
    });
    pc.createDataChannel('turn-test');
    pc.createOffer()
      .then((offer) => pc.setLocalDescription(offer))
      .catch(() => finish({ kind: 'unreachable', urls: [...plan.urls] }));
  });
}

/** The address in the candidate line (`candidate:… udp 1 203.0.113.7 49152 typ relay …`). */
function relayAddressOf(line: string): string {
  return line.split(' ')[4] ?? 'unknown';
}

function urlOf(candidate: RTCIceCandidate): string | null {
  // Chromium names the server the candidate came from (not in every browser's types).
  const url = (candidate as RTCIceCandidate & { url?: string }).url;
  return typeof url === 'string' ? url : null;
}
