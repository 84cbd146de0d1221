import type SimplePeerType from 'simple-peer';
// The standalone browser build: the package's main entry needs Node shims (Buffer, process) that
// the pages do not carry. Same API, typed by @types/simple-peer.
import SimplePeerBundle from 'simple-peer/simplepeer.min.js';

export type SimplePeer = SimplePeerType.Instance;
export type SimplePeerOptions = SimplePeerType.Options;
export type SimplePeerSignal = SimplePeerType.SignalData;

export const SimplePeer = SimplePeerBundle;

/** simple-peer's own RTCPeerConnection (not in its types), for what simple-peer has no API for. */
export function connectionOf(peer: SimplePeer): RTCPeerConnection | undefined {
  return (peer as unknown as { _pc?: RTCPeerConnection })._pc;
}

/** Whether this browser can do WebRTC at all (old browsers, some in-app browsers cannot). */
export function webRtcAvailable(): boolean {
  return typeof RTCPeerConnection === 'function' && typeof navigator !== 'undefined' && !!navigator.mediaDevices?.getUserMedia;
}

/**
 * Asks the peer's receivers to play what arrives as soon as it is decoded: no
 * jitter buffer target beyond what the network forces (`jitterBufferTarget = 0`, Chromium's hint;
 * ignored where unsupported). The browser still grows its buffer when packets arrive unevenly.
 */
export function playWithoutDelay(peer: SimplePeer): void {
  for (const receiver of connectionOf(peer)?.getReceivers() ?? []) {
    (receiver as RTCRtpReceiver & { jitterBufferTarget?: number | null }).jitterBufferTarget = 0;
  }
}
