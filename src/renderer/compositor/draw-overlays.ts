import type { Rect } from './layout-geometry';

/**
 * The program's graphics besides video: name banners, the hot-seat countdown, and the card shown
 * where a source has no picture yet. Text is always drawn with fillText: it is never markup.
 */
export const PROGRAM_FONT = '"Inter", "DejaVu Sans", system-ui, sans-serif';

export function drawBanner(ctx: CanvasRenderingContext2D, label: string, tile: Rect, frameHeight: number): void {
  if (!label || tile.w < 120) return;
  const size = Math.max(14, Math.round(frameHeight * 0.03 * Math.min(1, tile.h / frameHeight + 0.4)));
  ctx.save();
  ctx.font = `600 ${size}px ${PROGRAM_FONT}`;
  const padX = size * 0.7;
  const height = size * 1.8;
  const text = fit(ctx, label, tile.w * 0.8 - padX * 2);
  const width = ctx.measureText(text).width + padX * 2;
  const x = tile.x + size * 0.8;
  const y = tile.y + tile.h - height - size * 0.8;
  ctx.fillStyle = 'rgba(8, 10, 16, 0.72)';
  roundRect(ctx, x, y, width, height, size * 0.35);
  ctx.fill();
  ctx.fillStyle = '#ff4d6d';
  ctx.fillRect(x, y + size * 0.35, Math.max(3, size * 0.18), height - size * 0.7);
  ctx.fillStyle = '#ffffff';
  ctx.textBaseline = 'middle';
  ctx.fillText(text, x + padX, y + height / 2);
  ctx.restore();
}

export function drawCountdown(ctx: CanvasRenderingContext2D, label: string, remainingMs: number, frame: { width: number; height: number }): void {
  const size = Math.round(frame.height * 0.034);
  const seconds = Math.max(0, Math.ceil(remainingMs / 1000));
  const clock = `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
  ctx.save();
  ctx.font = `700 ${size}px ${PROGRAM_FONT}`;
  const clockWidth = ctx.measureText(clock).width;
  ctx.font = `500 ${Math.round(size * 0.7)}px ${PROGRAM_FONT}`;
  const caption = fit(ctx, label, frame.width * 0.3);
  const captionWidth = ctx.measureText(caption).width;
  const pad = size * 0.6;
  const width = clockWidth + captionWidth + pad * 3;
  const height = size * 1.8;
  const x = frame.width - width - size;
  const y = size;
  ctx.fillStyle = seconds <= 30 ? 'rgba(190, 30, 45, 0.9)' : 'rgba(8, 10, 16, 0.75)';
  roundRect(ctx, x, y, width, height, height / 2);
  ctx.fill();
  ctx.textBaseline = 'middle';
  ctx.fillStyle = '#c9d1e4';
  ctx.fillText(caption, x + pad, y + height / 2);
  ctx.font = `700 ${size}px ${PROGRAM_FONT}`;
  ctx.fillStyle = '#ffffff';
  ctx.fillText(clock, x + pad * 2 + captionWidth, y + height / 2);
  ctx.restore();
}

/** Where a source has no picture (camera off, guest still connecting): a calm card, never a black hole. */
export function drawTestCard(ctx: CanvasRenderingContext2D, tile: Rect, caption: string): void {
  ctx.save();
  const gradient = ctx.createLinearGradient(tile.x, tile.y, tile.x + tile.w, tile.y + tile.h);
  gradient.addColorStop(0, '#1a1f2e');
  gradient.addColorStop(1, '#10131c');
  ctx.fillStyle = gradient;
  ctx.fillRect(tile.x, tile.y, tile.w, tile.h);
  if (caption) {
    const size = Math.max(12, Math.round(tile.h * 0.05));
    ctx.font = `500 ${size}px ${PROGRAM_FONT}`;
    ctx.fillStyle = '#7f8aa3';
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    ctx.fillText(fit(ctx, caption, tile.w * 0.9), tile.x + tile.w / 2, tile.y + tile.h / 2);
  }
  ctx.restore();
}

export function roundRect(ctx: CanvasRenderingContext2D, x: number, y: number, w: number, h: number, r: number): void {
  ctx.beginPath();
  ctx.roundRect(x, y, w, h, r);
}

/** Shortens text with an ellipsis until it fits. */
export function fit(ctx: CanvasRenderingContext2D, text: string, maxWidth: number): string {
  if (ctx.measureText(text).width <= maxWidth) return text;
  const chars = [...text];
  while (chars.length > 0 && ctx.measureText(`${chars.join('')}…`).width > maxWidth) chars.pop();
  return `${chars.join('')}…`;
}
