import { writeFileSync } from 'node:fs';

/**
 * A small Y4M clip for Chromium's fake camera (`--use-file-for-fake-video-capture`): every guest
 * page sends it instead of the default 640x480 test pattern, so tens of guest pages fit on a small
 * machine. A moving bar over a gradient, so each frame differs and the encoder has work.
 */
export function writeFakeCameraY4m(path: string, width = 160, height = 120, frames = 30): void {
  const header = Buffer.from(`YUV4MPEG2 W${width} H${height} F30:1 Ip A1:1 C420jpeg\n`);
  const parts: Buffer[] = [header];
  const ySize = width * height;
  const cSize = (width / 2) * (height / 2);
  for (let f = 0; f < frames; f += 1) {
    const frame = Buffer.alloc(ySize + cSize * 2);
    const bar = Math.floor((f / frames) * width);
    for (let y = 0; y < height; y += 1) {
      for (let x = 0; x < width; x += 1) frame[y * width + x] = Math.abs(x - bar) < 8 ? 235 : 40 + Math.floor((y / height) * 120);
    }
    frame.fill(110, ySize, ySize + cSize);
    frame.fill(160, ySize + cSize);
    parts.push(Buffer.from('FRAME\n'), frame);
  }
  writeFileSync(path, Buffer.concat(parts));
}
