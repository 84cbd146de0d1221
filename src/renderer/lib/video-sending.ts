/**
 * What a peer connection's video sender sends, set at the sender with `setParameters` (never a
 * renegotiation: the picture at the other end goes on without a blink).
 *
 * - `sending: false` pauses it: with every encoding `active: false` the browser stops encoding the
 *   track (no CPU for a picture nobody watches) while the connection, its sound and the camera keep
 *   running, so the local preview is untouched and resuming is instant (the next frame is a key frame).
 * - `scaleDownBy` sends the camera that many times smaller on each side (1: as captured), so a guest
 *   sends what the studio draws (shared/peer-messages.ts `sendSize`).
 *
 * Works before negotiation too: the sender's encodings exist from addTrack on and the setting
 * survives the offer/answer.
 */
export interface VideoSending {
  sending: boolean;
  scaleDownBy: number;
}

export async function setVideoSending(connection: RTCPeerConnection, wanted: VideoSending): Promise<void> {
  if (connection.signalingState === 'closed') return;
  for (const sender of connection.getSenders()) {
    if (sender.track?.kind !== 'video') continue;
    const parameters = sender.getParameters();
    const current = (encoding: RTCRtpEncodingParameters) => encoding.active === wanted.sending && (encoding.scaleResolutionDownBy ?? 1) === wanted.scaleDownBy;
    if (parameters.encodings.length === 0 || parameters.encodings.every(current)) continue;
    for (const encoding of parameters.encodings) {
      encoding.active = wanted.sending;
      encoding.scaleResolutionDownBy = wanted.scaleDownBy;
    }
    await sender.setParameters(parameters);
  }
}
