/**
 * Pre-drawn overlay pictures (name banners, the countdown, alert cards) for the compositor: text
 * shaping, rounded shapes and shadow blurs are drawn once into a small canvas of their own
 * (sprite-canvas.ts) and then copied into every frame with one drawImage, instead of being redrawn
 * 30 times a second. A sprite is keyed by everything that changes its pixels (text, size, state); a
 * changed key simply makes a new one. Least recently used sprites are dropped beyond `max`.
 * No DOM here: the cache holds whatever it is given, so it is unit-tested under Node.
 */
export class SpriteCache<T> {
  private readonly entries = new Map<string, T>();

  constructor(private readonly max = 24) {}

  get(key: string, build: () => T): T {
    const found = this.entries.get(key);
    if (found !== undefined) {
      // Most recently used last: a Map keeps insertion order.
      this.entries.delete(key);
      this.entries.set(key, found);
      return found;
    }
    const built = build();
    this.entries.set(key, built);
    while (this.entries.size > this.max) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
    return built;
  }

  get size(): number {
    return this.entries.size;
  }

  clear(): void {
    this.entries.clear();
  }
}
