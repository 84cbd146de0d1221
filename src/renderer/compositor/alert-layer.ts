import type { Translate } from '../../shared/i18n/messages';
import { AlertQueue } from '../lib/alert-queue';
import { alertHeadline, type AlertContent } from '../lib/program-alerts';
import { drawAlert, type AlertDrawing } from './draw-alert';
import { programText } from './text-safety';

/** An alert as the program draws it: the content (lib/program-alerts.ts) with its picture loaded. */
export interface ProgramAlert extends Omit<AlertContent, 'animation'> {
  image?: CanvasImageSource | null;
}

/** An alert's strings as the program draws them (no picture): for diagnostics and the XSS test. */
export type AlertText = Omit<AlertDrawing, 'image'>;

/** How many alert texts `texts()` keeps (queued and shown each). */
const ALERT_HISTORY = 200;

/**
 * The strings of an alert as drawn: buyer text cleaned (control, bidi, invisible characters out),
 * bounded and word-filtered, and the headline worded in the show's language.
 */
export function prepareAlert(alert: ProgramAlert, words: readonly string[], t: Translate): AlertDrawing {
  const title = programText(alert.title, words, 60);
  const buyerName = programText(alert.buyerName, words, 40);
  return {
    id: alert.id,
    kind: alert.kind,
    headline: alertHeadline(t, { kind: alert.kind, buyerName, amountText: alert.amountText, title }),
    title,
    buyerName,
    amountText: alert.amountText,
    message: alert.message ? programText(alert.message, words) : null,
    image: alert.image ?? null,
  };
}

/**
 * The program's alert layer: the one alert schedule (lib/alert-queue.ts, as on the overlay page),
 * drawn at the time the compositor gives (its own clock), each alert's text prepared once when it
 * starts, with the word filter of that moment.
 */
export class AlertLayer {
  private readonly line = new AlertQueue<ProgramAlert>();
  private shown: AlertDrawing | null = null;
  private readonly history: { queued: AlertText[]; shown: AlertText[] } = { queued: [], shown: [] };

  constructor(
    private readonly words: () => readonly string[],
    private readonly t: () => Translate,
  ) {}

  push(alert: ProgramAlert): void {
    if (this.line.push(alert)) remember(this.history.queued, prepareAlert(alert, this.words(), this.t()));
  }

  /** The texts of the last alerts queued and shown, exactly as drawn (without pictures). */
  texts(): { queued: readonly AlertText[]; shown: readonly AlertText[] } {
    return { queued: [...this.history.queued], shown: [...this.history.shown] };
  }

  draw(ctx: CanvasRenderingContext2D, now: number, frame: { width: number; height: number }): void {
    const showing = this.line.tick(now);
    if (!showing) {
      this.shown = null;
      return;
    }
    if (this.shown?.id !== showing.alert.id) {
      this.shown = prepareAlert(showing.alert, this.words(), this.t());
      remember(this.history.shown, this.shown);
    }
    const more = showing.behind > 0 ? this.t()('onstream.alert.more', { count: showing.behind }) : null;
    drawAlert(ctx, this.shown, (now - showing.startedAt) / showing.durationMs, frame, more);
  }
}

function remember(list: AlertText[], drawing: AlertDrawing): void {
  const { image: _image, ...text } = drawing;
  list.push(text);
  if (list.length > ALERT_HISTORY) list.shift();
}
