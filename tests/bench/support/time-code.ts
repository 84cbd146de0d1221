/**
 * Figure 2's clock in the picture: a frame carries the wall-clock millisecond it was drawn at
 * (`performance.timeOrigin + performance.now()`, low 32 bits) as a grid of black and white cells,
 * with an 8-bit check (never all black or all white, which a blank tile would be), big enough to survive VP8 at a few hundred kbit/s, scaling into a layout tile
 * and OBS's half-size screenshots. Whoever sees the frame decodes it and subtracts.
 *
 * `timeCodeKit` is self-contained (no imports, no outer names): it runs in Node as is, and in pages
 * through `TIME_CODE_INIT_SCRIPT`, which defines `window.__timeCode` before the page's own scripts.
 */
export interface TimeCodeKit {
  cols: number;
  rows: number;
  /** Draws `value` (ms, any integer; its low 32 bits are kept) over the whole w×h area. */
  draw(ctx: { fillStyle: unknown; fillRect(x: number, y: number, w: number, h: number): void }, w: number, h: number, value: number): void;
  /**
   * Reads a code drawn over `rect` of an image, given the image's luma at a pixel (0–255).
   * Null when the cells do not pass the check (a frame mid-transition, heavy compression).
   */
  read(lumaAt: (x: number, y: number) => number, rect: { x: number; y: number; w: number; h: number }): number | null;
  /** The same on RGBA bytes (canvas ImageData) of `width` pixels per row. */
  readRgba(data: ArrayLike<number>, width: number, rect: { x: number; y: number; w: number; h: number }): number | null;
  /** How far a code is behind `now`, with the 32-bit wrap undone (ms). */
  ageMs(code: number, now: number): number;
}

export function timeCodeKit(): TimeCodeKit {
  const cols = 5;
  const rows = 8;
  // The code fills the middle of the frame, clear of a layout's cover-crop at the edges.
  const inset = 0.1;
  const bitsOf = (value: number) => {
    const v = value >>> 0;
    const check = ((v >>> 24) ^ (v >>> 16) ^ (v >>> 8) ^ v ^ 0xa5) & 0xff;
    const bits: number[] = [];
    for (let i = 31; i >= 0; i--) bits.push((v >>> i) & 1);
    for (let i = 7; i >= 0; i--) bits.push((check >>> i) & 1);
    return bits;
  };
  const cell = (rect: { x: number; y: number; w: number; h: number }, index: number) => {
    const w = (rect.w * (1 - 2 * inset)) / cols;
    const h = (rect.h * (1 - 2 * inset)) / rows;
    const c = index % cols;
    const r = Math.floor(index / cols);
    return { x: rect.x + rect.w * inset + c * w, y: rect.y + rect.h * inset + r * h, w, h };
  };
  const read = (lumaAt: (x: number, y: number) => number, rect: { x: number; y: number; w: number; h: number }) => {
    const bits: number[] = [];
    for (let i = 0; i < cols * rows; i++) {
      const box = cell(rect, i);
      let sum = 0;
      let n = 0;
      // 3×3 points in the middle third of the cell: away from its edges, where codecs smear.
      for (let dy = 1; dy <= 3; dy++) {
        for (let dx = 1; dx <= 3; dx++) {
          sum += lumaAt(Math.floor(box.x + (box.w * (dx + 2)) / 9), Math.floor(box.y + (box.h * (dy + 2)) / 9));
          n++;
        }
      }
      const mean = sum / n;
      if (mean > 90 && mean < 165) return null; // neither black nor white: not a clean code
      bits.push(mean >= 128 ? 1 : 0);
    }
    let value = 0;
    for (let i = 0; i < 32; i++) value = value * 2 + (bits[i] ?? 0);
    let check = 0;
    for (let i = 32; i < 40; i++) check = check * 2 + (bits[i] ?? 0);
    const expected = ((value >>> 24) ^ (value >>> 16) ^ (value >>> 8) ^ value ^ 0xa5) & 0xff;
    return check === expected ? value >>> 0 : null;
  };
  return {
    cols,
    rows,
    draw(ctx, w, h, value) {
      ctx.fillStyle = '#808080';
      ctx.fillRect(0, 0, w, h);
      const bits = bitsOf(value);
      for (let i = 0; i < bits.length; i++) {
        const box = cell({ x: 0, y: 0, w, h }, i);
        ctx.fillStyle = bits[i] ? '#ffffff' : '#000000';
        ctx.fillRect(Math.floor(box.x), Math.floor(box.y), Math.ceil(box.w), Math.ceil(box.h));
      }
    },
    read,
    readRgba(data, width, rect) {
      return read((x, y) => {
        const at = (y * width + x) * 4;
        return ((data[at] ?? 0) + (data[at + 1] ?? 0) + (data[at + 2] ?? 0)) / 3;
      }, rect);
    },
    ageMs(code, now) {
      const low = now % 2 ** 32;
      let age = low - code;
      if (age < -(2 ** 31)) age += 2 ** 32;
      return age;
    },
  };
}

/** For `page.addInitScript`: defines `window.__timeCode` (and esbuild's `__name`, which tsx adds to named functions). */
export const TIME_CODE_INIT_SCRIPT = `globalThis.__name ??= (f) => f; globalThis.__timeCode = (${timeCodeKit.toString()})();`;

/**
 * For the guest's page (after TIME_CODE_INIT_SCRIPT): its camera becomes a canvas that draws the
 * time at every animation frame, captured at 30 fps (the microphone stays the fake device's).
 * Portrait 320×360, the shape of a side-by-side tile, so the layout crops nothing that matters.
 */
export const TIME_CODE_CAMERA_SCRIPT = `(() => {
  const devices = navigator.mediaDevices;
  if (!devices) return;
  const original = devices.getUserMedia.bind(devices);
  let canvas = null;
  const start = () => {
    canvas = document.createElement('canvas');
    canvas.width = 320;
    canvas.height = 360;
    const ctx = canvas.getContext('2d', { alpha: false });
    const draw = () => {
      globalThis.__timeCode.draw(ctx, canvas.width, canvas.height, Math.round(performance.timeOrigin + performance.now()));
      requestAnimationFrame(draw);
    };
    draw();
  };
  devices.getUserMedia = async (constraints) => {
    const audio = constraints && constraints.audio ? await original({ audio: constraints.audio }) : null;
    if (!constraints || !constraints.video) return audio;
    if (!canvas) start();
    const stream = canvas.captureStream(30);
    for (const track of audio ? audio.getAudioTracks() : []) stream.addTrack(track);
    return stream;
  };
})();`;

/** Reads a code from an OBS screenshot (binary PPM, as OBS writes it through Qt). */
export function readPpmTimeCode(kit: TimeCodeKit, ppm: Buffer, rect: { x0: number; x1: number; y0: number; y1: number }): number | null {
  const header = /^P6\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(ppm.subarray(0, 40).toString('latin1'));
  if (!header?.[1] || !header[2]) throw new Error('not a PPM image');
  const [width, height, headerLength] = [Number(header[1]), Number(header[2]), header[0].length];
  const region = { x: rect.x0 * width, y: rect.y0 * height, w: (rect.x1 - rect.x0) * width, h: (rect.y1 - rect.y0) * height };
  return kit.read((x, y) => {
    const at = headerLength + (y * width + x) * 3;
    return ((ppm[at] ?? 0) + (ppm[at + 1] ?? 0) + (ppm[at + 2] ?? 0)) / 3;
  }, region);
}
