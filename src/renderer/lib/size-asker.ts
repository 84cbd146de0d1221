import type { PictureSize } from '../../shared/peer-messages';
import { sameSize, shrinks } from './picture-size';

/** How long a smaller size waits before it is asked for. */
export const SHRINK_AFTER_MS = 1_500;

/**
 * Asks one sender (a guest's encoder, the host camera) for the size its picture is drawn at, as
 * that changes: a growth at once (a tile that grew shows its detail now), a shrink after a moment
 * (a layout glide or a window resize settles first, so the sender is not re-tuned on every step),
 * and nothing when the size is the one already asked.
 */
export class SizeAsker {
  private asked: PictureSize | null = null;
  private pending: ReturnType<typeof setTimeout> | null = null;

  /** `tell` passes the size on and says whether it reached the sender (a closed channel: no). */
  constructor(
    private readonly tell: (size: PictureSize) => boolean,
    private readonly shrinkAfterMs = SHRINK_AFTER_MS,
  ) {}

  ask(next: PictureSize): void {
    this.cancel();
    if (sameSize(this.asked, next)) return;
    if (this.asked && shrinks(this.asked, next)) {
      this.pending = setTimeout(() => {
        this.pending = null;
        this.send(next);
      }, this.shrinkAfterMs);
      return;
    }
    this.send(next);
  }

  dispose(): void {
    this.cancel();
  }

  private send(size: PictureSize): void {
    if (this.tell(size)) this.asked = size;
  }

  private cancel(): void {
    if (this.pending) clearTimeout(this.pending);
    this.pending = null;
  }
}
