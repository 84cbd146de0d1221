/** The canvases sprites are drawn into (see sprite-cache.ts). */
export type SpriteCanvas = HTMLCanvasElement | OffscreenCanvas;
export type Sprite2D = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

export interface Sprite<Meta = undefined> {
  canvas: SpriteCanvas;
  /** Where the sprite's (0, 0) lies relative to the point it is drawn at (room for a shadow). */
  offsetX: number;
  offsetY: number;
  meta: Meta;
}

/** A transparent canvas of at least 1x1 pixels to draw a sprite into. */
export function spriteCanvas(width: number, height: number): { canvas: SpriteCanvas; ctx: Sprite2D } {
  const w = Math.max(1, Math.ceil(width));
  const h = Math.max(1, Math.ceil(height));
  if (typeof OffscreenCanvas !== 'undefined') {
    const canvas = new OffscreenCanvas(w, h);
    const ctx = canvas.getContext('2d');
    if (ctx) return { canvas, ctx };
  }
  const canvas = document.createElement('canvas');
  canvas.width = w;
  canvas.height = h;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('This browser cannot draw the program (no 2D canvas).');
  return { canvas, ctx };
}

/** A context that only measures text (for layout decided before a sprite exists). */
let measurer: Sprite2D | null = null;
export function measuringContext(): Sprite2D {
  measurer ??= spriteCanvas(1, 1).ctx;
  return measurer;
}
