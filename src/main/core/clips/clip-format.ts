/**
 * Which file a clip becomes, from the recording's type. Clips are cut without re-encoding, so the
 * container must hold the recording's codecs as they are: H.264 (Chromium's
 * `video/x-matroska;codecs=avc1,opus`) goes into MP4, which every phone plays; VP8/VP9/AV1 (the
 * studio's default `video/webm;codecs=vp8,opus`) go into WebM, since MP4 with VP8 is not something
 * phones play. The audio stays Opus either way: Chromium has no AAC encoder to record with, and
 * turning Opus into AAC would mean decoding and encoding the whole sound track. Opus in MP4 is
 * standard (ISO/IEC 14496-12 `Opus` sample entry) and plays in iOS Safari 17+, Android and desktop
 * browsers.
 */
export type ClipContainer = 'mp4' | 'webm';

export interface ClipFormat {
  container: ClipContainer;
  extension: ClipContainer;
}

const H264 = /\b(avc1|avc3|h264)\b/i;

export function clipFormatFor(recordingMimeType: string): ClipFormat {
  return H264.test(recordingMimeType) ? { container: 'mp4', extension: 'mp4' } : { container: 'webm', extension: 'webm' };
}

/** mediabunny's name for the video codec, checked against the container chosen from the type. */
export function containerHolds(container: ClipContainer, videoCodec: string): boolean {
  return container === 'mp4' ? videoCodec === 'avc' : ['vp8', 'vp9', 'av1'].includes(videoCodec);
}
