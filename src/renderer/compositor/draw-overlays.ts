import type { Rect } from './layout-geometry';
import { SpriteCache } from './sprite-cache';
import { measuringContext, spriteCanvas, type Sprite, type Sprite2D } from './sprite-canvas';

/**
 * The program's graphics besides video: name banners, the hot-seat countdown, and the card shown
 * where a source has no picture yet. Text is always drawn with fillText: it is never markup.
 * Banners and the countdown are drawn once into sprites (sprite-cache.ts) and copied into frames.
 */
export const PROGRAM_FONT = '"Inter", "DejaVu Sans", system-ui, sans-serif';

const banners = new SpriteCache<Sprite>(16);

export function drawBanner(ctx: CanvasRenderingContext2D, label: string, tile: Rect, frameHeight: number): void {
  if (!label || tile.w < 120) return;
  const size = Math.max(14, Math.round(frameHeight * 0.03 * Math.min(1, tile.h / frameHeight + 0.4)));
  const padX = size * 0.7;
  const height = size * 1.8;
  const maxText = Math.round(tile.w * 0.8 - padX * 2);
  // Drawn once per label and size, then copied into each frame (text and shapes are the costly part).
  const sprite = banners.get(`${size}|${maxText}|${label}`, () => paintBanner(label, size, maxText));
  const x = tile.x + size * 0.8;
  const y = tile.y + tile.h - height - size * 0.8;
  ctx.drawImage(sprite.canvas, Math.round(x), Math.round(y));
}

function paintBanner(label: string, size: number, maxText: number): Sprite {
  const font = `600 ${size}px ${PROGRAM_FONT}`;
  const padX = size * 0.7;
  const height = size * 1.8;
  const measure = measuringContext();
  measure.font = font;
  const text = fit(measure, label, maxText);
  const width = measure.measureText(text).width + padX * 2;
  const { canvas, ctx } = spriteCanvas(width, height);
  ctx.font = font;
  ctx.fillStyle = 'rgba(8, 10, 16, 0.72)';
  roundRect(ctx, 0, 0, width, height, size * 0.35);
  ctx.fill();
  ctx.fillStyle = '#ff4d6d';
  ctx.fillRect(0, size * 0.35, Math.max(3, size * 0.18), height - size * 0.7);
  ctx.fillStyle = '#ffffff';
  ctx.textBaseline = 'middle';
  ctx.fillText(text, padX, height / 2);
  return { canvas, offsetX: 0, offsetY: 0, meta: undefined };
}

const countdowns = new SpriteCache<Sprite<{ width: number }>>(4);

export function drawCountdown(ctx: CanvasRenderingContext2D, label: string, remainingMs: number, frame: { width: number; height: number }): void {
  const size = Math.round(frame.height * 0.034);
  const seconds = Math.max(0, Math.ceil(remainingMs / 1000));
  const clock = `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
  const urgent = seconds <= 30;
  const maxCaption = Math.round(frame.width * 0.3);
  // A new picture once a second (the clock), copied into the frames in between.
  const sprite = countdowns.get(`${size}|${maxCaption}|${urgent ? 1 : 0}|${clock}|${label}`, () => paintCountdown(label, clock, urgent, size, maxCaption));
  ctx.drawImage(sprite.canvas, Math.round(frame.width - sprite.meta.width - size), size);
}

function paintCountdown(label: string, clock: string, urgent: boolean, size: number, maxCaption: number): Sprite<{ width: number }> {
  const clockFont = `700 ${size}px ${PROGRAM_FONT}`;
  const captionFont = `500 ${Math.round(size * 0.7)}px ${PROGRAM_FONT}`;
  const measure = measuringContext();
  measure.font = clockFont;
  const clockWidth = measure.measureText(clock).width;
  measure.font = captionFont;
  const caption = fit(measure, label, maxCaption);
  const captionWidth = measure.measureText(caption).width;
  const pad = size * 0.6;
  const width = clockWidth + captionWidth + pad * 3;
  const height = size * 1.8;
  const { canvas, ctx } = spriteCanvas(width, height);
  ctx.fillStyle = urgent ? 'rgba(190, 30, 45, 0.9)' : 'rgba(8, 10, 16, 0.75)';
  roundRect(ctx, 0, 0, width, height, height / 2);
  ctx.fill();
  ctx.textBaseline = 'middle';
  ctx.font = captionFont;
  ctx.fillStyle = '#c9d1e4';
  ctx.fillText(caption, pad, height / 2);
  ctx.font = clockFont;
  ctx.fillStyle = '#ffffff';
  ctx.fillText(clock, pad * 2 + captionWidth, height / 2);
  return { canvas, offsetX: 0, offsetY: 0, meta: { width } };
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

export function roundRect(ctx: Sprite2D, x: number, y: number, w: number, h: number, r: number): void {
  ctx.beginPath();
  ctx.roundRect(x, y, w, h, r);
}

/** Shortens text with an ellipsis until it fits. */
export function fit(ctx: Sprite2D, text: string, maxWidth: number): string {
  if (ctx.measureText(text).width <= maxWidth) return text;
  const chars = [...text];
  while (chars.length > 0 && ctx.measureText(`${chars.join('')}…`).width > maxWidth) chars.pop();
  return `${chars.join('')}…`;
}
