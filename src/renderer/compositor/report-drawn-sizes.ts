import type { PictureSize } from '../../shared/peer-messages';
import type { PictureDemand } from '../lib/picture-demand';
import type { Compositor } from './compositor';

/**
 * Tells the page's picture demand how large the program draws each source's stream (its tile in
 * the current layout, in program pixels), and forgets a stream once it leaves the program. The
 * guests' peers turn that into "send at this size" (lib/studio-peers.ts). Returns the function
 * that stops reporting and releases everything reported.
 */
export function reportDrawnSizes(compositor: Compositor, demand: PictureDemand<MediaStream>): () => void {
  const consumer = {};
  let drawn = new Map<MediaStream, PictureSize>();
  const stopListening = compositor.onLayout((tiles) => {
    const next = new Map<MediaStream, PictureSize>();
    for (const { source, rect } of tiles) {
      if (!source.stream) continue;
      const size = { width: Math.max(16, Math.round(rect.w)), height: Math.max(16, Math.round(rect.h)) };
      const other = next.get(source.stream);
      next.set(source.stream, other ? { width: Math.max(other.width, size.width), height: Math.max(other.height, size.height) } : size);
    }
    for (const stream of drawn.keys()) if (!next.has(stream)) demand.release(stream, consumer);
    for (const [stream, size] of next) demand.want(stream, consumer, size);
    drawn = next;
  });
  return () => {
    stopListening();
    for (const stream of drawn.keys()) demand.release(stream, consumer);
    drawn = new Map();
  };
}
