import { fit, PROGRAM_FONT, roundRect } from './draw-overlays';
import { easeInOut } from './layout-geometry';
import { SpriteCache } from './sprite-cache';
import { measuringContext, spriteCanvas, type Sprite } from './sprite-canvas';
import { wrapLines } from './text-safety';

/** One alert as drawn: every string already cleaned and word-filtered, and worded in the show's language (alert-layer.ts). */
export interface AlertDrawing {
  id: string;
  kind: 'tip' | 'gift' | 'sold';
  /** "Ana tipped €5.00": the buyer's name and the amount or offer, in the show's language. */
  headline: string;
  title: string;
  buyerName: string;
  amountText: string;
  message: string | null;
  image: CanvasImageSource | null;
}

const ACCENT = { tip: '#ffb020', gift: '#ff4d6d', sold: '#3ddc97' } as const;

interface CardLayout {
  width: number;
  height: number;
  pad: number;
  imageSize: number;
}

const cards = new SpriteCache<Sprite<CardLayout>>(4);

/**
 * Draws an alert card near the top of the frame at `progress` (0..1 of its time on screen): it
 * slides and fades in, holds, with the gift picture bobbing, then slides out. The card (its shadow,
 * shape and text) is drawn once into a sprite; each frame copies it at its place and fades it, and
 * draws the bobbing picture on top. `more` says how many alerts wait ("+3 more"), as on the overlay.
 */
export function drawAlert(ctx: CanvasRenderingContext2D, alert: AlertDrawing, progress: number, frame: { width: number; height: number }, more: string | null = null): void {
  const enter = easeInOut(Math.min(1, progress / 0.08));
  const leave = easeInOut(Math.min(1, Math.max(0, (progress - 0.9) / 0.1)));
  const visible = enter * (1 - leave);
  if (visible <= 0) return;
  const size = Math.round(frame.height * 0.032);
  const key = [alert.id, frame.width, frame.height, alert.kind, alert.image ? 1 : 0, alert.headline, alert.title, alert.amountText, alert.message ?? '', more ?? ''].join('|');
  const card = cards.get(key, () => paintCard(alert, size, frame, more));
  const { width, height, pad, imageSize } = card.meta;
  const x = Math.round((frame.width - width) / 2);
  const y = Math.round(size * 1.2 - (1 - enter) * height * 0.6 - leave * height * 0.6);
  ctx.save();
  ctx.globalAlpha = visible;
  ctx.drawImage(card.canvas, x - card.offsetX, y - card.offsetY);
  if (alert.image) {
    const bob = Math.sin(progress * Math.PI * 8) * size * 0.25;
    ctx.drawImage(alert.image, x + pad, y + (height - imageSize) / 2 + bob, imageSize, imageSize);
  }
  ctx.restore();
}

function paintCard(alert: AlertDrawing, size: number, frame: { width: number; height: number }, more: string | null): Sprite<CardLayout> {
  const width = Math.min(frame.width * 0.5, size * 22);
  const imageSize = alert.image ? size * 4 : 0;
  const pad = size;
  const textX = pad + (imageSize ? imageSize + pad * 0.6 : 0);
  const textWidth = width - textX - pad;
  const measure = measuringContext();
  measure.font = `400 ${Math.round(size * 0.8)}px ${PROGRAM_FONT}`;
  const lines = alert.message ? wrapLines(alert.message, textWidth, 3, (s) => measure.measureText(s).width) : [];
  const height = Math.max(imageSize + pad * 2, pad * 2 + size * 2.6 + lines.length * size * 1.1);
  // Room around the card for its shadow (blur radius `size`).
  const margin = size * 2;
  const { canvas, ctx } = spriteCanvas(width + margin * 2, height + margin * 2);
  ctx.translate(margin, margin);
  ctx.shadowColor = 'rgba(0,0,0,0.45)';
  ctx.shadowBlur = size;
  ctx.fillStyle = 'rgba(14, 17, 26, 0.92)';
  roundRect(ctx, 0, 0, width, height, size * 0.6);
  ctx.fill();
  ctx.shadowBlur = 0;
  ctx.fillStyle = ACCENT[alert.kind];
  ctx.fillRect(0, size * 0.5, size * 0.22, height - size);
  ctx.textBaseline = 'top';
  ctx.font = `700 ${size}px ${PROGRAM_FONT}`;
  ctx.fillStyle = '#ffffff';
  const headline = fit(ctx, alert.headline, textWidth);
  ctx.fillText(headline, textX, pad);
  ctx.font = `600 ${Math.round(size * 0.8)}px ${PROGRAM_FONT}`;
  ctx.fillStyle = ACCENT[alert.kind];
  ctx.fillText(fit(ctx, alert.kind === 'tip' ? alert.title : alert.amountText, textWidth), textX, pad + size * 1.3);
  ctx.font = `400 ${Math.round(size * 0.8)}px ${PROGRAM_FONT}`;
  ctx.fillStyle = '#d8deea';
  lines.forEach((line, index) => ctx.fillText(line, textX, pad + size * 2.6 + index * size * 1.1));
  if (more) {
    // In the top margin, above the headline, so it never covers the buyer's text.
    ctx.font = `600 ${Math.round(size * 0.55)}px ${PROGRAM_FONT}`;
    ctx.fillStyle = '#aab3c5';
    ctx.textAlign = 'right';
    ctx.fillText(more, width - pad * 0.6, size * 0.25);
    ctx.textAlign = 'left';
  }
  return { canvas, offsetX: margin, offsetY: margin, meta: { width, height, pad, imageSize } };
}
