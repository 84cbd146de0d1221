import jsQR from 'jsqr';
import type { Page } from 'playwright-core';

/**
 * Reads a QR code off a canvas in the page, as a phone camera would off the picture: the pixels
 * come out of the page (optionally a region, in 0..1 of the canvas) and jsQR decodes them here.
 * `target` is `'program'` (the studio's program canvas, `window.hotseatProgram`) or a CSS selector
 * of a canvas element. Null when no code is found.
 */
export async function readQrFromCanvas(
  page: Page,
  target: string,
  region: { x0: number; y0: number; x1: number; y1: number } = { x0: 0, y0: 0, x1: 1, y1: 1 },
): Promise<string | null> {
  const pixels = await page.evaluate(
    ({ target: which, r }) => {
      interface Canvas2D {
        width: number;
        height: number;
        getContext(kind: '2d'): { getImageData(x: number, y: number, w: number, h: number): { data: Uint8ClampedArray } } | null;
      }
      const page = globalThis as unknown as { hotseatProgram?: { compositor: { canvas: Canvas2D; renderFrame(): void } }; document: { querySelector(s: string): unknown } };
      // The program: a fresh frame first (the loop runs only while previewed or recorded).
      if (which === 'program') page.hotseatProgram?.compositor.renderFrame();
      const canvas = which === 'program' ? (page.hotseatProgram?.compositor.canvas ?? null) : (page.document.querySelector(which) as Canvas2D | null);
      if (!canvas) return null;
      const x = Math.floor(canvas.width * r.x0);
      const y = Math.floor(canvas.height * r.y0);
      const w = Math.max(1, Math.floor(canvas.width * (r.x1 - r.x0)));
      const h = Math.max(1, Math.floor(canvas.height * (r.y1 - r.y0)));
      const data = canvas.getContext('2d')?.getImageData(x, y, w, h).data;
      if (!data) return null;
      let binary = '';
      for (let i = 0; i < data.length; i += 0x8000) binary += String.fromCharCode(...data.subarray(i, i + 0x8000));
      return { width: w, height: h, base64: btoa(binary) };
    },
    { target, r: region },
  );
  if (!pixels) return null;
  const data = new Uint8ClampedArray(Buffer.from(pixels.base64, 'base64'));
  return jsQR(data, pixels.width, pixels.height)?.data ?? null;
}
