import type { PictureSize } from '../../shared/peer-messages';

/**
 * How large this page draws each remote picture, so the peer receiving it can ask its sender for no
 * more (issue 13: guests send what is drawn). Every place that draws a guest's stream (a program
 * tile, a green-room preview, a slot thumbnail) says what it covers, in device pixels, and
 * releases it when it stops; StudioPeers listens and tells each guest the largest. Keyed by the
 * MediaStream itself: whoever draws a picture holds its stream, not the seat it came from.
 */
export type DemandListener<Stream> = (stream: Stream) => void;

/** Generic in the stream's type only so it runs under plain Node in unit tests; pages use MediaStream. */
export class PictureDemand<Stream extends object> {
  private readonly byStream = new Map<Stream, Map<object, PictureSize>>();
  private readonly listeners = new Set<DemandListener<Stream>>();

  /** `consumer` draws `stream` at `size` (a later call from the same consumer replaces its size). */
  want(stream: Stream, consumer: object, size: PictureSize): void {
    let sizes = this.byStream.get(stream);
    if (!sizes) this.byStream.set(stream, (sizes = new Map<object, PictureSize>()));
    const previous = sizes.get(consumer);
    if (previous && previous.width === size.width && previous.height === size.height) return;
    sizes.set(consumer, size);
    this.notify(stream);
  }

  /** `consumer` no longer draws `stream`. */
  release(stream: Stream, consumer: object): void {
    const sizes = this.byStream.get(stream);
    if (!sizes?.delete(consumer)) return;
    if (sizes.size === 0) this.byStream.delete(stream);
    this.notify(stream);
  }

  /** Every size `stream` is drawn at right now (none: nobody draws it). */
  sizesOf(stream: Stream): PictureSize[] {
    return [...(this.byStream.get(stream)?.values() ?? [])];
  }

  subscribe(listener: DemandListener<Stream>): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private notify(stream: Stream): void {
    for (const listener of this.listeners) listener(stream);
  }
}
