import { randomBytes } from 'node:crypto';

/**
 * Program frames the studio page uploaded for a selfie, kept in memory until the shot command
 * uses one (or a short while passes). Bounded: a page cannot fill the studio's memory with them.
 */
export interface FrameStash {
  put(bytes: Buffer): string;
  /** The frame, once: using it removes it. */
  take(frameId: string): Buffer | null;
}

export function createFrameStash(options: { ttlMs?: number; max?: number; now?: () => number } = {}): FrameStash {
  const ttlMs = options.ttlMs ?? 120_000;
  const max = options.max ?? 4;
  const now = options.now ?? Date.now;
  const frames = new Map<string, { bytes: Buffer; at: number }>();
  const sweep = () => {
    for (const [id, frame] of frames) if (now() - frame.at > ttlMs) frames.delete(id);
    while (frames.size > max) {
      const oldest = frames.keys().next().value;
      if (oldest === undefined) break;
      frames.delete(oldest);
    }
  };
  return {
    put(bytes) {
      const id = `frm_${randomBytes(18).toString('base64url')}`;
      frames.set(id, { bytes, at: now() });
      sweep();
      return id;
    },
    take(frameId) {
      sweep();
      const frame = frames.get(frameId);
      frames.delete(frameId);
      return frame?.bytes ?? null;
    },
  };
}
