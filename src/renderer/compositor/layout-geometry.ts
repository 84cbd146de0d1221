import type { ProgramLayout } from '../../shared/program';

/**
 * Where each source sits in the program picture, as pure geometry: no canvas, no DOM, so every
 * layout is unit-tested. Tiles are listed in source order (host first, then guests in slot order);
 * a source with no tile in a layout (guests in "solo") is simply not drawn.
 */
export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface Tile {
  id: string;
  rect: Rect;
  /** Drawing order: higher is on top. */
  z: number;
}

export interface Frame {
  width: number;
  height: number;
}

/** The grid holds the host and up to four guests. */
export const MAX_GRID_TILES = 5;

export function layoutTiles(layout: ProgramLayout, ids: readonly string[], frame: Frame): Tile[] {
  if (ids.length === 0) return [];
  const [first, ...rest] = ids as [string, ...string[]];
  const gap = Math.round(frame.width * 0.008);
  switch (layout) {
    case 'solo':
      return [{ id: first, rect: full(frame), z: 0 }];
    case 'side-by-side':
      return row(ids.slice(0, 2), frame, gap);
    case 'pip': {
      const tiles: Tile[] = [{ id: first, rect: full(frame), z: 0 }];
      // Insets along the bottom right, newest to the left, each a quarter of the width.
      const w = Math.round(frame.width * 0.25);
      const h = Math.round((w * 9) / 16);
      const margin = Math.round(frame.width * 0.025);
      rest.slice(0, 3).forEach((id, index) => {
        tiles.push({ id, rect: { x: frame.width - margin - w - index * (w + gap), y: frame.height - margin - h, w, h }, z: 1 + index });
      });
      return tiles;
    }
    case 'grid':
      return grid(ids.slice(0, MAX_GRID_TILES), frame, gap);
    case 'spotlight':
      return spotlight(first, rest.slice(0, MAX_SPOTLIGHT_COLUMN), frame, gap);
  }
}

/** The spotlight's column holds the host and up to four guests beside the first source. */
export const MAX_SPOTLIGHT_COLUMN = 5;

/**
 * The first source fills the left, the others are stacked 16:9 tiles in a column on the right,
 * centred vertically. The column is sized for at least three tiles so a lone guest beside a shared
 * screen stays a thumbnail rather than half the picture.
 */
function spotlight(first: string, rest: readonly string[], frame: Frame, gap: number): Tile[] {
  if (rest.length === 0) return [{ id: first, rect: full(frame), z: 0 }];
  const slots = Math.max(3, rest.length);
  const h = (frame.height - gap * (slots + 1)) / slots;
  const w = (h * 16) / 9;
  const columnX = frame.width - gap - w;
  const top = (frame.height - (rest.length * h + (rest.length - 1) * gap)) / 2;
  return [
    { id: first, rect: round({ x: 0, y: 0, w: columnX - gap, h: frame.height }), z: 0 },
    ...rest.map((id, index) => ({ id, rect: round({ x: columnX, y: top + index * (h + gap), w, h }), z: 1 })),
  ];
}

/** How many sources a layout draws at most (the others wait off the picture). */
export function layoutCapacity(layout: ProgramLayout): number {
  switch (layout) {
    case 'solo':
      return 1;
    case 'side-by-side':
      return 2;
    case 'pip':
      return 4;
    case 'grid':
      return MAX_GRID_TILES;
    case 'spotlight':
      return 1 + MAX_SPOTLIGHT_COLUMN;
  }
}

function full(frame: Frame): Rect {
  return { x: 0, y: 0, w: frame.width, h: frame.height };
}

/** Equal columns, full height (two people side by side fill a 16:9 frame well). */
function row(ids: readonly string[], frame: Frame, gap: number): Tile[] {
  if (ids.length === 1) return [{ id: ids[0] ?? '', rect: full(frame), z: 0 }];
  const w = (frame.width - gap * (ids.length - 1)) / ids.length;
  return ids.map((id, index) => ({ id, rect: round({ x: index * (w + gap), y: 0, w, h: frame.height }), z: 0 }));
}

/** Rows of equal 16:9-ish cells; a short last row is centred. */
function grid(ids: readonly string[], frame: Frame, gap: number): Tile[] {
  const n = ids.length;
  if (n <= 2) return row(ids, frame, gap);
  const columns = Math.ceil(Math.sqrt(n));
  const rows = Math.ceil(n / columns);
  const w = (frame.width - gap * (columns - 1)) / columns;
  const h = (frame.height - gap * (rows - 1)) / rows;
  return ids.map((id, index) => {
    const r = Math.floor(index / columns);
    const inRow = r === rows - 1 ? n - r * columns : columns;
    const c = index - r * columns;
    const offset = ((columns - inRow) * (w + gap)) / 2;
    return { id, rect: round({ x: offset + c * (w + gap), y: r * (h + gap), w, h }), z: 0 };
  });
}

function round(rect: Rect): Rect {
  const x = Math.round(rect.x);
  const y = Math.round(rect.y);
  return { x, y, w: Math.round(rect.x + rect.w) - x, h: Math.round(rect.y + rect.h) - y };
}

/** The part of a `source` picture to draw so it covers `target` without distortion (centre crop). */
export function coverCrop(source: { width: number; height: number }, target: Rect): Rect {
  if (source.width <= 0 || source.height <= 0 || target.w <= 0 || target.h <= 0) return { x: 0, y: 0, w: 0, h: 0 };
  const scale = Math.max(target.w / source.width, target.h / source.height);
  const w = target.w / scale;
  const h = target.h / scale;
  return { x: (source.width - w) / 2, y: (source.height - h) / 2, w, h };
}

/** Where a `source` picture sits inside `target` when all of it must show (a shared screen): centred, letterboxed. */
export function containRect(source: { width: number; height: number }, target: Rect): Rect {
  if (source.width <= 0 || source.height <= 0 || target.w <= 0 || target.h <= 0) return { x: target.x, y: target.y, w: 0, h: 0 };
  const scale = Math.min(target.w / source.width, target.h / source.height);
  const w = Math.round(source.width * scale);
  const h = Math.round(source.height * scale);
  return { x: target.x + Math.round((target.w - w) / 2), y: target.y + Math.round((target.h - h) / 2), w, h };
}

/** Smooth layout changes: a tile moves from where it was to where it goes. */
export function lerpRect(from: Rect, to: Rect, t: number): Rect {
  const k = easeInOut(Math.min(1, Math.max(0, t)));
  return { x: from.x + (to.x - from.x) * k, y: from.y + (to.y - from.y) * k, w: from.w + (to.w - from.w) * k, h: from.h + (to.h - from.h) * k };
}

export function easeInOut(t: number): number {
  return t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2;
}

/** Moves a guest to another slot (the host drags tiles); other guests keep their order. */
export function moveToSlot(order: readonly string[], id: string, slot: number): string[] {
  const without = order.filter((candidate) => candidate !== id);
  if (without.length === order.length) return [...order];
  const index = Math.min(Math.max(0, slot), without.length);
  return [...without.slice(0, index), id, ...without.slice(index)];
}
