import type { PictureSize } from '../../shared/peer-messages';
import type { PictureDemand } from './picture-demand';
import { scaleDownToCover, sizeToAsk } from './picture-size';
import { SHRINK_AFTER_MS, SizeAsker } from './size-asker';

/** The parts of a camera track this needs (structural, so unit tests run it under plain Node). */
export interface CameraTrack {
  getSettings(): { width?: number; height?: number };
  applyConstraints(constraints: CameraSizeConstraints): Promise<void>;
}

/** What is asked of the camera: `resizeMode` lets Chromium scale the frames it already captures (no reopening). */
export interface CameraSizeConstraints {
  width: { ideal: number };
  height: { ideal: number };
  resizeMode: 'crop-and-scale';
}

export interface CameraStream {
  getVideoTracks(): CameraTrack[];
}

/**
 * The host camera sends what is drawn, as guests do (issue 13): the program's tile and the page's
 * previews say how large they draw the camera (the page's picture demand), and the camera track is
 * scaled to cover the largest of them. Chromium's track adapter scales the camera's frames before
 * anything converts them to RGB, and converting is what a software-rendered program spends its
 * frame on (docs/PERFORMANCE.md), so a spotlight thumbnail converts 427×240 pixels, not 1280×720.
 * Never above the size the camera opened at. Returns the function that stops following.
 */
export function followDrawnSize<Stream extends CameraStream & object>(
  stream: Stream,
  demand: PictureDemand<Stream>,
  options: { shrinkAfterMs?: number; onError?: (error: unknown) => void } = {},
): () => void {
  const track = stream.getVideoTracks()[0];
  const { width, height } = track?.getSettings() ?? {};
  if (!track || !width || !height) return () => undefined;
  const opened: PictureSize = { width, height };
  const asker = new SizeAsker((wanted) => {
    const size = cameraSizeFor(opened, wanted);
    // A camera that refuses a size keeps sending the one it has: the picture stays right, only dearer.
    track.applyConstraints({ width: { ideal: size.width }, height: { ideal: size.height }, resizeMode: 'crop-and-scale' }).catch((error: unknown) => options.onError?.(error));
    return true;
  }, options.shrinkAfterMs ?? SHRINK_AFTER_MS);
  const update = () => asker.ask(sizeToAsk(demand.sizesOf(stream)));
  const stop = demand.subscribe((changed) => {
    if (changed === stream) update();
  });
  update();
  return () => {
    stop();
    asker.dispose();
  };
}

/** The camera's own shape scaled down to cover `wanted` (the program crops a camera to fill its tile). */
export function cameraSizeFor(opened: PictureSize, wanted: PictureSize): PictureSize {
  const factor = scaleDownToCover(opened, wanted);
  return { width: Math.round(opened.width / factor), height: Math.round(opened.height / factor) };
}
