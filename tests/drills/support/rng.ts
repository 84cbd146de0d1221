/**
 * Seeded randomness for drills and fuzzers: the same seed replays the same run, so a failure
 * found once can be found again. `DRILL_SEED` in the environment overrides the default.
 */
export interface Rng {
  /** In [0, 1). */
  next(): number;
  /** An integer in [min, max]. */
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  chance(probability: number): boolean;
  /** Picks a key by weight, e.g. { tip: 25, merch: 25 }. */
  weighted<K extends string>(weights: Record<K, number>): K;
  /** A new independent stream, e.g. one per buyer, so concurrency does not change the draws. */
  fork(label: string): Rng;
}

export function drillSeed(fallback: number): number {
  const raw = process.env.DRILL_SEED;
  if (raw === undefined || raw === '') return fallback;
  const seed = Number(raw);
  if (!Number.isInteger(seed)) throw new Error(`DRILL_SEED must be an integer, got "${raw}"`);
  return seed;
}

export function seededRng(seed: number): Rng {
  // mulberry32: small, fast, good enough to spread test cases.
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const rng: Rng = {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (items) => {
      if (items.length === 0) throw new Error('pick from an empty list');
      return items[Math.floor(next() * items.length)] as (typeof items)[number];
    },
    chance: (p) => next() < p,
    weighted: (weights) => {
      const entries = Object.entries(weights) as [keyof typeof weights, number][];
      const total = entries.reduce((sum, [, w]) => sum + w, 0);
      let roll = next() * total;
      for (const [key, weight] of entries) {
        roll -= weight;
        if (roll < 0) return key;
      }
      return (entries[entries.length - 1] as [keyof typeof weights, number])[0];
    },
    fork: (label) => seededRng(hash(`${seed}:${label}`)),
  };
  return rng;
}

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}
