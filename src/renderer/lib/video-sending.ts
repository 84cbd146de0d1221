/**
 * Pauses or resumes the video a peer connection sends, at the sender: with every encoding of the
 * video sender `active: false` the browser stops encoding that track (no CPU for a picture nobody
 * watches) while the connection, its sound and the camera itself keep running, so the local preview
 * is untouched and resuming is instant (the next frame is a key frame). Works before negotiation too:
 * the sender's encodings exist from addTrack on and the setting survives the offer/answer.
 */
export async function setVideoSending(connection: RTCPeerConnection, sending: boolean): Promise<void> {
  if (connection.signalingState === 'closed') return;
  for (const sender of connection.getSenders()) {
    if (sender.track?.kind !== 'video') continue;
    const parameters = sender.getParameters();
    if (parameters.encodings.every((encoding) => encoding.active === sending)) continue;
    for (const encoding of parameters.encodings) encoding.active = sending;
    await sender.setParameters(parameters);
  }
}

