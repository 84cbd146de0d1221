import { fit, PROGRAM_FONT } from './draw-overlays';

/**
 * The selfie moment on the program: a big 3-2-1 with a ring running down, the caption under it,
 * then (after the shot) a short white flash. Text is drawn with fillText, never markup.
 */
export function drawSelfieCountdown(ctx: CanvasRenderingContext2D, caption: string, remainingMs: number, frame: { width: number; height: number }): void {
  if (remainingMs <= 0) return;
  const seconds = Math.ceil(remainingMs / 1000);
  const withinSecond = (remainingMs % 1000) / 1000 || 1;
  const radius = Math.round(frame.height * 0.13);
  const cx = frame.width / 2;
  const cy = frame.height * 0.42;
  ctx.save();
  ctx.fillStyle = 'rgba(8, 10, 16, 0.62)';
  ctx.beginPath();
  ctx.arc(cx, cy, radius, 0, Math.PI * 2);
  ctx.fill();
  ctx.strokeStyle = '#ff4d6d';
  ctx.lineWidth = Math.max(4, radius * 0.09);
  ctx.lineCap = 'round';
  ctx.beginPath();
  ctx.arc(cx, cy, radius - ctx.lineWidth, -Math.PI / 2, -Math.PI / 2 + Math.PI * 2 * withinSecond);
  ctx.stroke();
  ctx.fillStyle = '#ffffff';
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.font = `800 ${Math.round(radius * 1.1)}px ${PROGRAM_FONT}`;
  ctx.fillText(String(seconds), cx, cy + radius * 0.04);
  if (caption) {
    const size = Math.round(frame.height * 0.036);
    ctx.font = `700 ${size}px ${PROGRAM_FONT}`;
    const text = fit(ctx, caption, frame.width * 0.7);
    const width = ctx.measureText(text).width + size * 1.6;
    const top = cy + radius + size * 0.8;
    ctx.fillStyle = 'rgba(8, 10, 16, 0.72)';
    ctx.beginPath();
    ctx.roundRect(cx - width / 2, top, width, size * 1.8, size * 0.9);
    ctx.fill();
    ctx.fillStyle = '#ffffff';
    ctx.fillText(text, cx, top + size * 0.9);
  }
  ctx.restore();
}

/** The camera "click": white over the whole picture, fading out over `FLASH_MS`. */
export const FLASH_MS = 450;

export function drawFlash(ctx: CanvasRenderingContext2D, elapsedMs: number, frame: { width: number; height: number }): void {
  if (elapsedMs < 0 || elapsedMs >= FLASH_MS) return;
  ctx.save();
  ctx.globalAlpha = 0.85 * (1 - elapsedMs / FLASH_MS);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, frame.width, frame.height);
  ctx.restore();
}
