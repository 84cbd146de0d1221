import { describe, expect, it } from 'vitest';
import type { Tile } from '../../../src/renderer/compositor/layout-geometry';
import { TileGlides } from '../../../src/renderer/compositor/tile-glides';

const tile = (id: string, x: number, z = 0): Tile => ({ id, rect: { x, y: 0, w: 100, h: 100 }, z });
const byId = (glides: TileGlides, now: number) => Object.fromEntries(glides.at(now).map((t) => [t.id, { x: Math.round(t.rect.x), alpha: Number(t.alpha.toFixed(2)) }]));

describe('tiles between layouts, on the clock they are given', () => {
  it('fades a new tile in where it lands, and glides a staying tile to its new place', () => {
    const glides = new TileGlides(400);
    glides.retarget([tile('host', 0)], 0);
    expect(byId(glides, 0)).toEqual({ host: { x: 0, alpha: 0 } });
    expect(byId(glides, 200)).toEqual({ host: { x: 0, alpha: 0.5 } });
    expect(byId(glides, 400)).toEqual({ host: { x: 0, alpha: 1 } });

    glides.retarget([tile('host', 600), tile('guest', 0)], 1000);
    expect(byId(glides, 1200)).toEqual({ host: { x: 300, alpha: 1 }, guest: { x: 0, alpha: 0.5 } });
    expect(byId(glides, 1400)).toEqual({ host: { x: 600, alpha: 1 }, guest: { x: 0, alpha: 1 } });
  });

  it('fades a leaving tile out where it was and then forgets it; one that comes back mid-fade resumes from its opacity', () => {
    const glides = new TileGlides(400);
    glides.retarget([tile('host', 0), tile('guest', 500)], 0);
    glides.at(400);
    glides.retarget([tile('host', 0)], 1000);
    expect(byId(glides, 1100).guest).toEqual({ x: 500, alpha: 0.75 });
    glides.retarget([tile('host', 0), tile('guest', 700)], 1100);
    // Back from 0.75, not from nothing; it lands at its new place without a jump from the old one.
    expect(byId(glides, 1100).guest).toEqual({ x: 500, alpha: 0.75 });
    expect(byId(glides, 1500).guest).toEqual({ x: 700, alpha: 1 });

    glides.retarget([tile('host', 0)], 2000);
    expect(Object.keys(byId(glides, 2400))).toEqual(['host']);
    // Forgotten for good: a later frame does not bring it back.
    expect(Object.keys(byId(glides, 5000))).toEqual(['host']);
  });

  it('retargets mid-glide from where the tile is, and draws bottom first', () => {
    const glides = new TileGlides(400);
    glides.retarget([tile('a', 0, 1), tile('b', 0, 0)], 0);
    expect(glides.at(0).map((t) => t.id)).toEqual(['b', 'a']);
    glides.retarget([tile('a', 1000, 1), tile('b', 0, 0)], 400);
    const half = byId(glides, 600).a?.x ?? NaN;
    glides.retarget([tile('a', 0, 1), tile('b', 0, 0)], 600);
    expect(byId(glides, 600).a?.x).toBe(half);
    expect(byId(glides, 1000).a?.x).toBe(0);
  });

  it('moves at once with no transition time', () => {
    const glides = new TileGlides(0);
    glides.retarget([tile('host', 0)], 0);
    glides.retarget([tile('host', 900)], 10);
    expect(byId(glides, 10)).toEqual({ host: { x: 900, alpha: 1 } });
  });
});
