import type { Locator } from 'playwright-core';

/** The slices of the DOM the frame probe touches (tests compile without the DOM library). */
interface FrameVideo {
  readyState: number;
  videoWidth: number;
  videoHeight: number;
}
interface FrameCanvas {
  width: number;
  height: number;
  getContext(kind: '2d'): { drawImage(source: unknown, x: number, y: number): void; getImageData(x: number, y: number, w: number, h: number): { data: Uint8ClampedArray } } | null;
}

/**
 * Reads one frame of a <video> through a canvas, in the page: true when a frame is decoded and not
 * blank. A real function (not a string) so Playwright calls it rather than returning it.
 */
export async function decodesFrames(video: Locator): Promise<boolean> {
  return video.evaluate((element) => {
    const v = element as unknown as FrameVideo;
    if (v.readyState < 2 || v.videoWidth === 0) return false;
    const doc = (globalThis as unknown as { document: { createElement(tag: 'canvas'): FrameCanvas } }).document;
    const canvas = doc.createElement('canvas');
    canvas.width = v.videoWidth;
    canvas.height = v.videoHeight;
    const context = canvas.getContext('2d');
    if (!context) return false;
    context.drawImage(element, 0, 0);
    const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
    let lit = 0;
    for (let i = 0; i < data.length; i += 4 * 97) if ((data[i] ?? 0) + (data[i + 1] ?? 0) + (data[i + 2] ?? 0) > 60) lit += 1;
    return lit > 20;
  });
}

/**
 * Mean colour of a region of the picture a <video> shows now, or a <canvas> holds (the program
 * preview), in fractions of the picture, read through a canvas in the page; null until a video has
 * a decoded frame.
 */
export async function regionColour(picture: Locator, region: { x0: number; x1: number; y0: number; y1: number }): Promise<[number, number, number] | null> {
  return picture.evaluate((element, r) => {
    const v = element as unknown as FrameVideo & FrameCanvas;
    const isVideo = typeof v.videoWidth === 'number';
    if (isVideo && (v.readyState < 2 || v.videoWidth === 0)) return null;
    const [width, height] = isVideo ? [v.videoWidth, v.videoHeight] : [v.width, v.height];
    const doc = (globalThis as unknown as { document: { createElement(tag: 'canvas'): FrameCanvas } }).document;
    const canvas = doc.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const context = canvas.getContext('2d');
    if (!context) return null;
    context.drawImage(element, 0, 0);
    const [x, y] = [Math.floor(r.x0 * width), Math.floor(r.y0 * height)];
    const [w, h] = [Math.max(1, Math.floor((r.x1 - r.x0) * width)), Math.max(1, Math.floor((r.y1 - r.y0) * height))];
    const { data } = context.getImageData(x, y, w, h);
    let [red, green, blue, n] = [0, 0, 0, 0];
    for (let i = 0; i < data.length; i += 4) {
      red += data[i] ?? 0;
      green += data[i + 1] ?? 0;
      blue += data[i + 2] ?? 0;
      n += 1;
    }
    return [Math.round(red / n), Math.round(green / n), Math.round(blue / n)] as [number, number, number];
  }, region);
}
