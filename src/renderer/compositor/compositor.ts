import { DEFAULT_LOCALE, type Locale } from '../../shared/i18n/locale';
import { createTranslator, type Translate } from '../../shared/i18n/messages';
import type { ProgramLayout, StoreCard } from '../../shared/program';
import { AlertLayer, type AlertText, type ProgramAlert } from './alert-layer';
import { drawBanner, drawCountdown, drawTestCard } from './draw-overlays';
import { drawFlash, drawSelfieCountdown } from './draw-selfie';
import { drawStoreCard } from './draw-store-card';
import { containRect, coverCrop, layoutTiles, type Rect } from './layout-geometry';
import { TileGlides } from './tile-glides';
import { createFrameTiming, type FrameTiming } from './frame-timing';
import { programText } from './text-safety';

/**
 * The program picture, framework-free: it draws the host camera and the on-air guests (any
 * MediaStream or video element) in the chosen layout onto one canvas, with name banners, the
 * hot-seat countdown and the tip/gift/merch alerts, at a fixed frame rate. React only adapts it.
 *
 * Sources plug in through `setSources`: the guest media (WebRTC streams) is one more list of
 * `{ id, label, stream }`, so the compositor knows nothing about how a picture arrived. Guests are
 * drawn in the order given; the compositor keeps no order of its own (the core's arrangement is the
 * one source, see studio/program/ProgramContext.tsx).
 */
export interface ProgramSource {
  id: string;
  label: string;
  /** A shared screen leads every layout and is drawn whole (letterboxed), without a name banner. */
  kind: 'host' | 'guest' | 'screen';
  stream?: MediaStream | null;
  element?: HTMLVideoElement | null;
}

export type { ProgramAlert } from './alert-layer';

/** The one shared screen's source id (guests are seat ids, the host is `host`). */
export const SCREEN_SOURCE_ID = 'screen';

/**
 * A countdown as a page gives it: whose it is, and how long is left at the moment it is set (no
 * clock of the page's own). The compositor words it in the show's language.
 */
export interface CountdownState {
  guestName: string;
  remainingMs: number;
}

/** A countdown as the compositor keeps it: its end on the compositor's clock. */
interface Countdown {
  guestName: string;
  endsAt: number;
}

/** Sees the program canvas right after a frame was drawn (`drawnAt`: the compositor clock when drawing began). */
export type FrameListener = (canvas: HTMLCanvasElement, drawnAt: number) => void;

/** Where each source lands after a layout change (its final rect, not the glide towards it). */
export type LayoutListener = (tiles: readonly { source: ProgramSource; rect: Rect }[]) => void;

export interface CompositorOptions {
  width: number;
  height: number;
  fps: number;
  /** Layout changes glide over this many milliseconds. */
  transitionMs?: number;
  now?: () => number;
}

export class Compositor {
  readonly canvas: HTMLCanvasElement;
  readonly timing: FrameTiming;
  private readonly ctx: CanvasRenderingContext2D;
  private options: Required<CompositorOptions>;
  private sources: ProgramSource[] = [];
  private readonly videos = new Map<string, HTMLVideoElement>();
  private readonly glides: TileGlides;
  private layout: ProgramLayout = 'solo';
  private countdown: Countdown | null = null;
  private countdownVisible = true;
  private selfie: Countdown | null = null;
  private flashAt: number | null = null;
  private words: string[] = [];
  private readonly shownText = new Map<string, string>();
  private locale: Locale = DEFAULT_LOCALE;
  private t: Translate = createTranslator(DEFAULT_LOCALE);
  private readonly alerts = new AlertLayer(
    () => this.words,
    () => this.t,
  );
  private alertsInProgram = true;
  private storeCard: StoreCard | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private running = false;
  private nextFrameAt = 0;
  private readonly frameListeners = new Set<FrameListener>();
  private readonly layoutListeners = new Set<LayoutListener>();

  constructor(options: CompositorOptions, canvas?: HTMLCanvasElement) {
    this.options = { transitionMs: 400, now: () => performance.now(), ...options };
    this.glides = new TileGlides(this.options.transitionMs);
    this.canvas = canvas ?? document.createElement('canvas');
    this.canvas.width = options.width;
    this.canvas.height = options.height;
    const ctx = this.canvas.getContext('2d', { alpha: false });
    if (!ctx) throw new Error('This browser cannot draw the program (no 2D canvas).');
    this.ctx = ctx;
    this.timing = createFrameTiming(options.fps);
  }

  get size(): { width: number; height: number; fps: number } {
    return { width: this.options.width, height: this.options.height, fps: this.options.fps };
  }

  /** Program size or frame rate changed in settings. */
  configure(options: Pick<CompositorOptions, 'width' | 'height' | 'fps'>): void {
    const resized = options.width !== this.options.width || options.height !== this.options.height;
    this.options = { ...this.options, ...options };
    this.timing.setTargetFps(options.fps);
    if (resized) {
      this.canvas.width = options.width;
      this.canvas.height = options.height;
      this.glides.clear();
      this.relayout();
    }
  }

  setSources(sources: readonly ProgramSource[]): void {
    this.sources = [...sources];
    const ids = new Set(sources.map((s) => s.id));
    for (const [id, video] of this.videos) {
      if (!ids.has(id)) {
        video.srcObject = null;
        this.videos.delete(id);
      }
    }
    for (const source of sources) this.attach(source);
    this.relayout();
  }

  setLayout(layout: ProgramLayout): void {
    if (layout === this.layout) return;
    this.layout = layout;
    this.relayout();
  }

  getLayout(): ProgramLayout {
    return this.layout;
  }

  /** The guests in the order they are drawn: the order of `setSources` (the host's arrangement, kept by the core). */
  guestSlots(): readonly string[] {
    return this.sources.filter((s) => s.kind === 'guest').map((s) => s.id);
  }

  /** The show's language: every word the program draws (alerts, countdowns, captions) speaks it. */
  setLanguage(locale: Locale): void {
    if (locale === this.locale) return;
    this.locale = locale;
    this.t = createTranslator(locale);
    this.shownText.clear();
  }

  setCountdown(countdown: CountdownState | null): void {
    this.countdown = this.onClock(countdown);
  }

  /** The selfie countdown (3-2-1) in the middle of the program; null takes it away. */
  setSelfieCountdown(countdown: CountdownState | null): void {
    this.selfie = this.onClock(countdown);
  }

  /** The camera "click" after a selfie. */
  flash(): void {
    this.flashAt = this.options.now();
  }

  /** Everything the picture times (glides, alerts, countdowns, the flash) runs on the one injected clock. */
  private onClock(countdown: CountdownState | null): Countdown | null {
    return countdown ? { guestName: countdown.guestName, endsAt: this.options.now() + countdown.remainingMs } : null;
  }

  /**
   * The program picture now, without the selfie countdown or flash: draws a clean frame first
   * (the canvas holds it until the next frame), then encodes it.
   */
  captureFrame(type: 'image/png' | 'image/jpeg' = 'image/jpeg', quality = 0.92): Promise<Blob> {
    const selfie = this.selfie;
    const flashAt = this.flashAt;
    const storeCard = this.storeCard;
    // The buyer's keepsake: no countdown, no flash, no store advert in its corner.
    this.selfie = null;
    this.flashAt = null;
    this.storeCard = null;
    this.renderFrame();
    this.selfie = selfie;
    this.flashAt = flashAt;
    this.storeCard = storeCard;
    return new Promise((resolve, reject) => {
      this.canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The program picture could not be encoded.'))), type, quality);
    });
  }

  setCountdownVisible(visible: boolean): void {
    this.countdownVisible = visible;
  }

  setWordFilter(words: readonly string[]): void {
    this.words = [...words];
    this.shownText.clear();
  }

  /** Buyer/guest text as the program shows it, cleaned and filtered once per text rather than per frame. */
  private show(text: string, maxLength: number): string {
    const key = `${maxLength}|${text}`;
    let shown = this.shownText.get(key);
    if (shown === undefined) {
      shown = programText(text, this.words, maxLength);
      if (this.shownText.size >= 64) this.shownText.clear();
      this.shownText.set(key, shown);
    }
    return shown;
  }

  /** False where OBS shows the alerts from the overlay page on top of the program. */
  setAlertsInProgram(value: boolean): void {
    this.alertsInProgram = value;
  }

  /** The store card in the corner (null: none); the page passes it only when the program is its layer. */
  setStoreCard(card: StoreCard | null): void {
    this.storeCard = card;
  }

  /** Queues an alert; they play one after another, each purchase once (the overlay's schedule). */
  pushAlert(alert: ProgramAlert): void {
    this.alerts.push(alert);
  }

  /** The texts of the last alerts queued and shown, exactly as drawn (without pictures). */
  alertTexts(): { queued: readonly AlertText[]; shown: readonly AlertText[] } {
    return this.alerts.texts();
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.nextFrameAt = this.options.now();
    this.tick();
  }

  stop(): void {
    this.running = false;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  dispose(): void {
    this.stop();
    for (const video of this.videos.values()) video.srcObject = null;
    this.videos.clear();
  }

  /** Draws one frame now (the loop calls this; tests and screenshots may too). */
  renderFrame(): void {
    const started = this.options.now();
    const { ctx } = this;
    const { width, height } = this.options;
    ctx.globalAlpha = 1;
    ctx.fillStyle = '#0b0d12';
    ctx.fillRect(0, 0, width, height);
    const byId = new Map(this.sources.map((s) => [s.id, s]));
    for (const { id, rect, alpha } of this.glides.at(started)) {
      const source = byId.get(id);
      ctx.globalAlpha = alpha;
      this.drawSource(source, rect);
      if (source && source.kind !== 'screen') drawBanner(ctx, this.show(source.kind === 'host' ? this.t('onstream.banner.host') : source.label, 40), rect, height);
    }
    ctx.globalAlpha = 1;
    if (this.countdown && this.countdownVisible) {
      const label = this.show(this.t('onstream.countdown.hotSeat', { name: this.countdown.guestName }), 40);
      drawCountdown(ctx, label, this.countdown.endsAt - started, { width, height });
    }
    if (this.storeCard) drawStoreCard(ctx, this.storeCard, { width, height }, this.t('onstream.store.caption'));
    if (this.alertsInProgram) this.alerts.draw(ctx, started, { width, height });
    // The selfie countdown is part of the show (the audience counts along); it is always drawn.
    if (this.selfie) {
      const label = this.show(this.t('onstream.countdown.selfie', { name: this.selfie.guestName }), 40);
      drawSelfieCountdown(ctx, label, this.selfie.endsAt - started, { width, height });
    }
    if (this.flashAt !== null) {
      const elapsed = started - this.flashAt;
      drawFlash(ctx, elapsed, { width, height });
      if (elapsed > 1_000) this.flashAt = null;
    }
    this.timing.record(started, this.options.now());
    for (const listener of this.frameListeners) listener(this.canvas, started);
  }

  /**
   * Called after every frame is drawn, with the program canvas (benchmarks read what was drawn,
   * e.g. figure 2's time codes). Not counted in the frame timing. Returns the function that stops.
   */
  onFrame(listener: FrameListener): () => void {
    this.frameListeners.add(listener);
    return () => this.frameListeners.delete(listener);
  }

  /** Called after every layout change with each drawn source's rect (guests send what is drawn). */
  onLayout(listener: LayoutListener): () => void {
    this.layoutListeners.add(listener);
    return () => this.layoutListeners.delete(listener);
  }

  private tick = () => {
    if (!this.running) return;
    this.renderFrame();
    const interval = 1000 / this.options.fps;
    this.nextFrameAt += interval;
    const now = this.options.now();
    // Fell far behind (tab hidden, machine busy): start afresh rather than racing to catch up.
    if (this.nextFrameAt < now - interval * 2) {
      this.timing.late(Math.floor((now - this.nextFrameAt) / interval));
      this.nextFrameAt = now;
    }
    this.timer = setTimeout(this.tick, Math.max(0, this.nextFrameAt - now));
  };

  private relayout(): void {
    const lead = ['screen', 'host'].flatMap((kind) => this.sources.filter((s) => s.kind === kind).map((s) => s.id));
    const ids = [...lead, ...this.guestSlots()];
    const tiles = layoutTiles(this.layout, ids, { width: this.options.width, height: this.options.height });
    this.glides.retarget(tiles, this.options.now());
    if (this.layoutListeners.size === 0) return;
    const drawn = tiles.flatMap((tile) => {
      const source = this.sources.find((s) => s.id === tile.id);
      return source ? [{ source, rect: tile.rect }] : [];
    });
    for (const listener of this.layoutListeners) listener(drawn);
  }

  private attach(source: ProgramSource): void {
    if (source.element) return;
    const existing = this.videos.get(source.id);
    if (existing && existing.srcObject === (source.stream ?? null)) return;
    const video = existing ?? document.createElement('video');
    video.muted = true; // audio goes through the mixer, never straight to the speakers
    video.playsInline = true;
    video.autoplay = true;
    video.srcObject = source.stream ?? null;
    if (source.stream) void video.play().catch(() => undefined);
    this.videos.set(source.id, video);
  }

  private drawSource(source: ProgramSource | undefined, rect: Rect): void {
    const video = source?.element ?? (source ? this.videos.get(source.id) : undefined);
    if (!video || video.readyState < 2 || video.videoWidth === 0) {
      drawTestCard(this.ctx, rect, source ? this.t(source.stream || source.element ? 'onstream.card.connecting' : 'onstream.card.noCamera') : '');
      return;
    }
    // Whole pixels: a fractional destination costs an extra resampling pass in software rendering.
    const x = Math.round(rect.x);
    const y = Math.round(rect.y);
    const w = Math.round(rect.x + rect.w) - x;
    const h = Math.round(rect.y + rect.h) - y;
    const picture = { width: video.videoWidth, height: video.videoHeight };
    if (source?.kind === 'screen') {
      // Never crop a shared screen (the edge of a slide matters): fit it whole on a dark backdrop.
      this.ctx.fillStyle = '#05060a';
      this.ctx.fillRect(x, y, w, h);
      const fit = containRect(picture, { x, y, w, h });
      this.ctx.drawImage(video, fit.x, fit.y, fit.w, fit.h);
      return;
    }
    const crop = coverCrop(picture, { x, y, w, h });
    this.ctx.drawImage(video, crop.x, crop.y, crop.w, crop.h, x, y, w, h);
  }
}
