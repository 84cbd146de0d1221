import { describe, expect, it } from 'vitest';
import { ProgramLayout } from '../../../src/shared/program';
import { containRect, coverCrop, layoutTiles, lerpRect, MAX_SPOTLIGHT_COLUMN, moveToSlot, type Rect, type Tile } from '../../../src/renderer/compositor/layout-geometry';

const HD = { width: 1280, height: 720 };
const FULL_HD = { width: 1920, height: 1080 };
const inside = (r: Rect, frame: { width: number; height: number }) => r.x >= 0 && r.y >= 0 && r.x + r.w <= frame.width && r.y + r.h <= frame.height;
const overlap = (a: Rect, b: Rect) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
const sameLayer = (tiles: Tile[]) => tiles.filter((t) => t.z === 0);

describe('layout geometry', () => {
  it('solo: the host fills the frame and guests are not drawn', () => {
    expect(layoutTiles('solo', ['host', 'g1', 'g2'], HD)).toEqual([{ id: 'host', rect: { x: 0, y: 0, w: 1280, h: 720 }, z: 0 }]);
  });

  it('side by side: host left, first guest right, equal halves with a gap, full height', () => {
    const [host, guest] = layoutTiles('side-by-side', ['host', 'g1', 'g2'], HD);
    expect(host?.rect).toMatchObject({ x: 0, y: 0, h: 720 });
    expect(guest?.id).toBe('g1');
    expect(guest?.rect.x).toBeGreaterThan((host?.rect.x ?? 0) + (host?.rect.w ?? 0));
    expect((guest?.rect.x ?? 0) + (guest?.rect.w ?? 0)).toBe(1280);
    expect(Math.abs((host?.rect.w ?? 0) - (guest?.rect.w ?? 0))).toBeLessThanOrEqual(1);
  });

  it('picture in picture: the host full frame, guests as 16:9 insets above it in the bottom right', () => {
    const tiles = layoutTiles('pip', ['host', 'g1', 'g2'], FULL_HD);
    expect(tiles[0]).toEqual({ id: 'host', rect: { x: 0, y: 0, w: 1920, h: 1080 }, z: 0 });
    const insets = tiles.slice(1);
    expect(insets.map((t) => t.id)).toEqual(['g1', 'g2']);
    for (const inset of insets) {
      expect(inset.z).toBeGreaterThan(0);
      expect(inside(inset.rect, FULL_HD)).toBe(true);
      expect(inset.rect.w / inset.rect.h).toBeCloseTo(16 / 9, 1);
      expect(inset.rect.x).toBeGreaterThan(FULL_HD.width / 4);
      expect(inset.rect.y).toBeGreaterThan(FULL_HD.height / 2);
    }
    expect(overlap(insets[0]?.rect as Rect, insets[1]?.rect as Rect)).toBe(false);
  });

  for (const n of [1, 2, 3, 4, 5]) {
    it(`grid with ${n} tile${n > 1 ? 's' : ''}: every tile inside the frame, none overlapping, all the same size`, () => {
      const ids = ['host', 'g1', 'g2', 'g3', 'g4'].slice(0, n);
      const tiles = layoutTiles('grid', ids, HD);
      expect(tiles.map((t) => t.id)).toEqual(ids);
      for (const [i, a] of tiles.entries()) {
        expect(inside(a.rect, HD)).toBe(true);
        for (const b of tiles.slice(i + 1)) expect(overlap(a.rect, b.rect)).toBe(false);
        expect(Math.abs(a.rect.w - (tiles[0]?.rect.w ?? 0))).toBeLessThanOrEqual(1);
      }
    });
  }

  it('grid holds the host and four guests at most, and centres a short last row', () => {
    const tiles = layoutTiles('grid', ['host', 'g1', 'g2', 'g3', 'g4', 'g5'], HD);
    expect(tiles).toHaveLength(5);
    const three = layoutTiles('grid', ['host', 'g1', 'g2'], HD);
    const last = three[2]?.rect as Rect;
    expect(last.x + last.w / 2).toBeCloseTo(HD.width / 2, -1);
  });

  it('draws nothing for no sources, and a lone host fills the frame in every layout', () => {
    for (const layout of ProgramLayout.options) {
      expect(layoutTiles(layout, [], HD)).toEqual([]);
      expect(sameLayer(layoutTiles(layout, ['host'], HD))[0]?.rect).toEqual({ x: 0, y: 0, w: 1280, h: 720 });
    }
  });

  for (const n of [1, 2, 3, 4, 5]) {
    it(`spotlight with ${n} beside the first: a big left tile, 16:9 thumbnails stacked on the right, nothing overlapping`, () => {
      const ids = ['screen', 'host', 'g1', 'g2', 'g3', 'g4'].slice(0, n + 1);
      const [main, ...column] = layoutTiles('spotlight', ids, FULL_HD);
      expect(main).toMatchObject({ id: 'screen', rect: { x: 0, y: 0, h: 1080 } });
      expect(column.map((t) => t.id)).toEqual(ids.slice(1));
      const mainRect = main?.rect as Rect;
      // The screen keeps most of the picture: wide enough for a 16:9 slide at 1280 px or more.
      expect(mainRect.w).toBeGreaterThanOrEqual(n <= 3 ? 1280 : 1400);
      for (const [i, tile] of column.entries()) {
        expect(inside(tile.rect, FULL_HD)).toBe(true);
        expect(tile.rect.w / tile.rect.h).toBeCloseTo(16 / 9, 1);
        expect(tile.rect.x).toBeGreaterThan(mainRect.x + mainRect.w);
        expect(tile.rect.x + tile.rect.w).toBeLessThanOrEqual(FULL_HD.width);
        for (const other of column.slice(i + 1)) expect(overlap(tile.rect, other.rect)).toBe(false);
      }
      // The column is centred vertically.
      const top = column[0]?.rect.y ?? 0;
      const last = column.at(-1)?.rect as Rect;
      expect(Math.abs(top - (FULL_HD.height - (last.y + last.h)))).toBeLessThanOrEqual(1);
    });
  }

  it('spotlight shows at most five beside the first', () => {
    const ids = ['screen', 'host', 'g1', 'g2', 'g3', 'g4', 'g5', 'g6'];
    expect(layoutTiles('spotlight', ids, HD).map((t) => t.id)).toEqual(ids.slice(0, 1 + MAX_SPOTLIGHT_COLUMN));
  });

  it('fits a shared screen inside its tile, whole and centred (letterbox or pillarbox)', () => {
    // A 16:10 laptop screen in a 16:9 tile: full height, bars left and right.
    expect(containRect({ width: 1440, height: 900 }, { x: 0, y: 0, w: 1600, h: 900 })).toEqual({ x: 80, y: 0, w: 1440, h: 900 });
    // A tall window in a wide tile: full height, centred.
    expect(containRect({ width: 600, height: 1200 }, { x: 100, y: 50, w: 1000, h: 600 })).toEqual({ x: 450, y: 50, w: 300, h: 600 });
    // An ultrawide screen: full width, bars above and below.
    expect(containRect({ width: 3440, height: 1440 }, { x: 0, y: 0, w: 1280, h: 720 })).toEqual({ x: 0, y: 92, w: 1280, h: 536 });
    expect(containRect({ width: 0, height: 0 }, { x: 5, y: 5, w: 10, h: 10 })).toEqual({ x: 5, y: 5, w: 0, h: 0 });
  });

  it('crops a picture to cover its tile without stretching it', () => {
    // A 16:9 camera in a tall half-frame tile: the middle strip of the camera.
    const crop = coverCrop({ width: 1280, height: 720 }, { x: 0, y: 0, w: 636, h: 720 });
    expect(crop.h).toBe(720);
    expect(crop.w).toBeCloseTo(636, 5);
    expect(crop.x).toBeCloseTo((1280 - 636) / 2, 5);
    expect(coverCrop({ width: 0, height: 0 }, { x: 0, y: 0, w: 10, h: 10 })).toEqual({ x: 0, y: 0, w: 0, h: 0 });
  });

  it('moves tiles smoothly: start, eased middle, end', () => {
    const a = { x: 0, y: 0, w: 100, h: 100 };
    const b = { x: 100, y: 50, w: 50, h: 50 };
    expect(lerpRect(a, b, 0)).toEqual(a);
    expect(lerpRect(a, b, 1)).toEqual(b);
    expect(lerpRect(a, b, 0.5)).toEqual({ x: 50, y: 25, w: 75, h: 75 });
    expect(lerpRect(a, b, 0.1).x).toBeLessThan(10); // eases in
  });

  it('lets the host drag a guest to another slot, keeping the others in order', () => {
    expect(moveToSlot(['a', 'b', 'c', 'd'], 'd', 0)).toEqual(['d', 'a', 'b', 'c']);
    expect(moveToSlot(['a', 'b', 'c'], 'a', 2)).toEqual(['b', 'c', 'a']);
    expect(moveToSlot(['a', 'b'], 'a', 99)).toEqual(['b', 'a']);
    expect(moveToSlot(['a', 'b'], 'zz', 0)).toEqual(['a', 'b']);
  });
});
