import { describe, expect, it } from 'vitest';
import { timeCodeKit } from '../../bench/support/time-code';

/** A grey-level "canvas" the kit can draw on and read back, with a scale between the two (like a layout tile). */
function surface(w: number, h: number) {
  const luma = new Uint8Array(w * h).fill(128);
  let fill = 128;
  const ctx = {
    set fillStyle(value: unknown) {
      fill = parseInt(String(value).slice(1, 3), 16);
    },
    get fillStyle() {
      return fill;
    },
    fillRect(x: number, y: number, rw: number, rh: number) {
      for (let yy = Math.max(0, y); yy < Math.min(h, y + rh); yy++) luma.fill(fill, yy * w + Math.max(0, x), yy * w + Math.min(w, x + rw));
    },
  };
  return { ctx, lumaAt: (x: number, y: number) => luma[y * w + x] ?? 0 };
}

describe('figure 2 time code', () => {
  const kit = timeCodeKit();

  it('reads back the low 32 bits of the wall-clock millisecond it drew, scaled into a tile', () => {
    const now = 1_795_000_123_456;
    const { ctx, lumaAt } = surface(320, 360);
    kit.draw(ctx, 320, 360, now);
    expect(kit.read(lumaAt, { x: 0, y: 0, w: 320, h: 360 })).toBe(now % 2 ** 32);
    // Read at a quarter of the size, as the benchmark does: a nearest-neighbour scaled copy.
    const small = (x: number, y: number) => lumaAt(Math.floor(x * 4), Math.floor(y * 4));
    expect(kit.read(small, { x: 0, y: 0, w: 80, h: 90 })).toBe(now % 2 ** 32);
    expect(kit.ageMs(now % 2 ** 32, now + 42)).toBe(42);
  });

  it('refuses a blank tile (all black, all white) and a grey one instead of reading a time', () => {
    for (const level of [0, 255, 128]) expect(kit.read(() => level, { x: 0, y: 0, w: 100, h: 100 })).toBeNull();
  });

  it('undoes the 32-bit wrap when the code was drawn just before it', () => {
    expect(kit.ageMs(2 ** 32 - 10, 2 ** 33 + 5)).toBe(15);
  });
});
