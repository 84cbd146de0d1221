import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A fake camera with a known picture: a solid magenta Y4M file that Chromium plays as the camera
 * (`--use-file-for-fake-video-capture=<file>`), so a test can look for the guest's colour where the
 * program's layout puts the guest.
 */
export function magentaCamera(size: { width: number; height: number } = { width: 320, height: 240 }): string {
  const dir = mkdtempSync(join(tmpdir(), 'hotseat-cam-'));
  const { width: w, height: h } = size;
  const frame = Buffer.concat([Buffer.from('FRAME\n'), Buffer.alloc(w * h, 105), Buffer.alloc((w * h) / 4, 212), Buffer.alloc((w * h) / 4, 235)]);
  const file = join(dir, 'magenta.y4m');
  // Chromium loops the file: a few frames of a still picture are as good as many, and keep a 720p file small.
  const frames = w * h > 320 * 240 ? 4 : 30;
  writeFileSync(file, Buffer.concat([Buffer.from(`YUV4MPEG2 W${w} H${h} F30:1 Ip A1:1 C420jpeg\n`), ...Array.from({ length: frames }, () => frame)]));
  return file;
}

export const isMagenta = ([r, g, b]: readonly number[]) => (r ?? 0) > 150 && (b ?? 0) > 150 && (g ?? 255) < 90;
/** The host's tile with the camera off: the dark test card. */
export const isDark = ([r, g, b]: readonly number[]) => (r ?? 255) < 60 && (g ?? 255) < 60 && (b ?? 255) < 80;
