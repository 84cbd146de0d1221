import { lerpRect, type Rect, type Tile } from './layout-geometry';

interface Placed {
  rect: Rect;
  from: Rect;
  startedAt: number;
  /** Fading in (1) or out (0), from `alphaFrom` at `alphaAt`. */
  target: 0 | 1;
  alphaFrom: number;
  alphaAt: number;
  z: number;
}

/** A tile as it stands at one moment: where it is on its glide, and how faded. */
export interface TileNow {
  id: string;
  rect: Rect;
  alpha: number;
}

/**
 * How the program's tiles move between layouts, pure over the time it is given (the compositor's
 * clock): a tile that stays glides from where it is now to its new place; a new one fades in where
 * it lands; one that leaves fades out where it was. Retargeting mid-glide or mid-fade starts from
 * the current position and opacity, so quick layout changes never jump.
 */
export class TileGlides {
  private readonly placed = new Map<string, Placed>();

  constructor(private readonly transitionMs: number) {}

  retarget(tiles: readonly Tile[], now: number): void {
    const shown = new Set(tiles.map((t) => t.id));
    for (const tile of tiles) {
      const existing = this.placed.get(tile.id);
      if (existing && existing.target === 1) {
        this.placed.set(tile.id, { ...existing, from: this.rectOf(existing, now), rect: tile.rect, startedAt: now, z: tile.z });
      } else {
        const alphaFrom = existing ? this.alphaOf(existing, now) : 0;
        this.placed.set(tile.id, { rect: tile.rect, from: existing ? existing.rect : tile.rect, startedAt: now, target: 1, alphaFrom, alphaAt: now, z: tile.z });
      }
    }
    for (const [id, place] of this.placed) {
      if (shown.has(id) || place.target === 0) continue;
      this.placed.set(id, { ...place, alphaFrom: this.alphaOf(place, now), alphaAt: now, target: 0 });
    }
  }

  /** Every tile at `now`, bottom first; a tile that has faded out is forgotten. */
  at(now: number): TileNow[] {
    const result: TileNow[] = [];
    for (const [id, place] of [...this.placed.entries()].sort((a, b) => a[1].z - b[1].z)) {
      const alpha = this.alphaOf(place, now);
      if (place.target === 0 && alpha <= 0) {
        this.placed.delete(id);
        continue;
      }
      result.push({ id, rect: this.rectOf(place, now), alpha });
    }
    return result;
  }

  /** Forget every tile (a new program size: the next layout lands without gliding). */
  clear(): void {
    this.placed.clear();
  }

  private rectOf(place: Placed, now: number): Rect {
    return lerpRect(place.from, place.rect, this.transitionMs > 0 ? (now - place.startedAt) / this.transitionMs : 1);
  }

  private alphaOf(place: Placed, now: number): number {
    const t = this.transitionMs > 0 ? Math.min(1, Math.max(0, (now - place.alphaAt) / this.transitionMs)) : 1;
    return place.alphaFrom + (place.target - place.alphaFrom) * t;
  }
}
