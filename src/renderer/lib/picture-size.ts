import type { PictureSize } from '../../shared/peer-messages';

/**
 * Pure sizing for "guests send what is drawn": how large to ask for, and how much a sender scales
 * its camera down to cover that. Kept apart from the peers so every case is unit-tested.
 */

/** Never ask for less than a green-room thumbnail: a picture nobody draws yet may be shown any moment. */
export const THUMBNAIL: PictureSize = { width: 320, height: 180 };

/** Sizes move in 16-pixel steps (up), so a preview resized by a pixel does not re-tune an encoder. */
const STEP = 16;

/** The size to ask a guest for: the largest of what is drawn, rounded up to a step, at least a thumbnail. */
export function sizeToAsk(drawn: readonly PictureSize[]): PictureSize {
  const up = (value: number, limit: number) => Math.min(limit, Math.ceil(value / STEP) * STEP);
  let width = THUMBNAIL.width;
  let height = THUMBNAIL.height;
  for (const size of drawn) {
    width = Math.max(width, up(size.width, 7680));
    height = Math.max(height, up(size.height, 4320));
  }
  return { width, height };
}

/**
 * How much to scale a camera of `source` size down so that it still covers `wanted` (the program
 * crops a camera to fill its tile, so both sides must reach it): the smaller of the two ratios,
 * never below 1 (a sender cannot scale up). Two decimals: encoders take any factor, people read these.
 */
export function scaleDownToCover(source: PictureSize, wanted: PictureSize): number {
  const ratio = Math.min(source.width / wanted.width, source.height / wanted.height);
  if (!Number.isFinite(ratio) || ratio <= 1) return 1;
  return Math.floor(ratio * 100) / 100;
}

export function sameSize(a: PictureSize | null, b: PictureSize | null): boolean {
  return a === b || (!!a && !!b && a.width === b.width && a.height === b.height);
}

/** Whether `next` is smaller than `current` on both sides (a shrink waits; a growth is sent at once). */
export function shrinks(current: PictureSize, next: PictureSize): boolean {
  return next.width <= current.width && next.height <= current.height && !sameSize(current, next);
}
