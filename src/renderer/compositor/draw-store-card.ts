import { create as createQr } from 'qrcode';
import type { StoreCard } from '../../shared/program';
import { PROGRAM_FONT, roundRect } from './draw-overlays';
import { SpriteCache } from './sprite-cache';
import { measuringContext, spriteCanvas, type Sprite } from './sprite-canvas';

/**
 * The store card on stream: a QR code of the store's public address beside the address itself, for
 * viewers who would rather type it. Painted once per address and program size (the `qrcode`
 * library makes the matrix; modules are drawn as whole pixels, dark on white with the quiet zone the
 * standard asks for, so phone cameras read it off a compressed stream), then copied into frames.
 * The overlay page paints the same sprite into its own canvas: one look on either layer.
 */
/** Four modules of white around the code (ISO/IEC 18004's quiet zone). */
const QUIET_MODULES = 4;

const cards = new SpriteCache<Sprite<{ width: number; height: number }>>(4);

/** `caption`: "Scan for the store" in the show's language. */
export function storeCardSprite(card: StoreCard, frame: { width: number; height: number }, caption: string): Sprite<{ width: number; height: number }> {
  return cards.get(`${frame.width}x${frame.height}|${card.url}|${card.label}|${caption}`, () => paintStoreCard(card, frame, caption));
}

/** Draws the card in the frame's bottom-right corner (the countdown holds the top right, banners the bottom left of tiles). */
export function drawStoreCard(ctx: CanvasRenderingContext2D, card: StoreCard, frame: { width: number; height: number }, caption: string): void {
  const sprite = storeCardSprite(card, frame, caption);
  const margin = Math.round(frame.height * 0.03);
  ctx.drawImage(sprite.canvas, frame.width - sprite.meta.width - margin, frame.height - sprite.meta.height - margin);
}

function paintStoreCard(card: StoreCard, frame: { width: number; height: number }, caption: string): Sprite<{ width: number; height: number }> {
  const qr = createQr(card.url, { errorCorrectionLevel: 'M' });
  const modules = qr.modules.size + QUIET_MODULES * 2;
  // Whole pixels per module: about 17% of the frame height, never under 3 px a module.
  const cell = Math.max(3, Math.floor((frame.height * 0.17) / modules));
  const code = modules * cell;
  const pad = Math.round(frame.height * 0.012);
  const captionSize = Math.round(frame.height * 0.022);
  const maxText = Math.round(frame.width * 0.42);
  const measure = measuringContext();
  // The address is never cut short (a viewer types it): its size comes down until it fits.
  let addressSize = Math.round(frame.height * 0.032);
  measure.font = `700 ${addressSize}px ${PROGRAM_FONT}`;
  while (addressSize > 12 && measure.measureText(card.label).width > maxText) {
    addressSize -= 1;
    measure.font = `700 ${addressSize}px ${PROGRAM_FONT}`;
  }
  const addressWidth = measure.measureText(card.label).width;
  measure.font = `500 ${captionSize}px ${PROGRAM_FONT}`;
  const textWidth = Math.max(addressWidth, measure.measureText(caption).width);
  const width = Math.ceil(pad + code + pad * 1.5 + textWidth + pad * 2);
  const height = code + pad * 2;
  const { canvas, ctx } = spriteCanvas(width, height);
  ctx.fillStyle = 'rgba(8, 10, 16, 0.82)';
  roundRect(ctx, 0, 0, width, height, pad);
  ctx.fill();
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(pad, pad, code, code);
  ctx.fillStyle = '#000000';
  const size = qr.modules.size;
  for (let row = 0; row < size; row += 1) {
    for (let col = 0; col < size; col += 1) {
      if (qr.modules.get(row, col)) ctx.fillRect(pad + (col + QUIET_MODULES) * cell, pad + (row + QUIET_MODULES) * cell, cell, cell);
    }
  }
  const textX = pad + code + pad * 1.5;
  ctx.textBaseline = 'alphabetic';
  ctx.font = `500 ${captionSize}px ${PROGRAM_FONT}`;
  ctx.fillStyle = '#c9d1e4';
  ctx.fillText(caption, textX, height / 2 - captionSize * 0.4);
  ctx.font = `700 ${addressSize}px ${PROGRAM_FONT}`;
  ctx.fillStyle = '#ffffff';
  ctx.fillText(card.label, textX, height / 2 + addressSize * 0.9);
  return { canvas, offsetX: 0, offsetY: 0, meta: { width, height } };
}
