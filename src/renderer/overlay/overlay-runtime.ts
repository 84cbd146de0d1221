import type { Locale } from '../../shared/i18n/locale';
import { localizeError } from '../../shared/i18n/localize-error';
import { createTranslator } from '../../shared/i18n/messages';
import { programSize, type StoreCard } from '../../shared/program';
import type { Purchase } from '../../shared/purchases';
import { alertFor } from '../lib/program-alerts';
import { refusalError, type ConnectionState, type StudioClient } from '../lib/studio-client';
import { SyncedState } from '../lib/synced-state';
import { AlertQueue, type AlertQueueOptions, type Showing } from '../lib/alert-queue';
import { overlayAlertOf, type OverlayAlert } from './overlay-alert';
import { OVERLAY_SYNC, type OverlayFeed } from './overlay-sync';

/** How long the card takes to slide out (matches overlay.css). */
export const LEAVE_MS = 600;

export interface OverlayView {
  /** Shows one alert (or none) as a card sized for the program, sliding out after `leaveInMs`; its words in the show's `locale`. */
  show(showing: Showing<OverlayAlert> | null, leaveInMs: number, locale: Locale): void;
  resize(size: { width: number; height: number }): void;
  /** The store card in its corner, or none (null while the alerts, and so the card, are in the program). */
  storeCard(card: StoreCard | null, size: { width: number; height: number }, locale: Locale): void;
  /** Status for the person looking at the page in a browser; never drawn inside OBS. */
  status(text: string, tone: 'info' | 'problem'): void;
}

export interface SeenMemory {
  /** Null on the very first open: alerts from before it are not a backlog to play. */
  load(): string[] | null;
  save(ids: readonly string[]): void;
}

/**
 * The overlay page's logic, framework-free: it follows the studio as role `overlay` (the core sends
 * it only paid tips, gifts and merch sales, redacted) through the one SyncedState (overlay-sync.ts),
 * turns each purchase into an alert with the compositor's own rule (lib/program-alerts.ts), and plays
 * them on the one alert schedule (lib/alert-queue.ts). After a reconnect it catches up on alerts it
 * missed; the ids it has shown survive a reload.
 */
export interface OverlayDeps {
  client: StudioClient;
  view: OverlayView;
  memory: SeenMemory;
  now?: () => number;
  /** The schedule's hold times; the program's defaults unless a test shortens them. */
  alertTiming?: AlertQueueOptions;
  /**
   * The status line's language: the person setting up OBS reads it (OBS's browser source carries
   * OBS's own language), so it is the page's, not the show's. English unless given. A refusal or a
   * failed load is worded in it too, from its reason (before any show is known, a refusal has no
   * show's language to speak).
   */
  statusLocale?: Locale;
}

export function runOverlay(deps: OverlayDeps): () => void {
  const now = deps.now ?? (() => Date.now());
  const statusLocale = deps.statusLocale ?? 'en';
  const say = createTranslator(statusLocale);
  const stored = deps.memory.load();
  const queue = new AlertQueue<OverlayAlert>(deps.alertTiming, stored ?? []);
  const synced = new SyncedState(deps.client, OVERLAY_SYNC);
  let firstOpen = stored === null;
  let feed: OverlayFeed | null = null;
  let shownId: string | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;

  const pump = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    const showing: Showing<OverlayAlert> | null = queue.tick(now());
    if ((showing?.alert.id ?? null) !== shownId) {
      shownId = showing?.alert.id ?? null;
      deps.view.show(showing, showing ? Math.max(0, showing.durationMs - LEAVE_MS) : 0, feed?.overlay.language ?? 'en');
    }
    const next = queue.nextChangeAt();
    if (next !== null) timer = setTimeout(pump, Math.max(0, next - now()));
  };

  /** Each purchase once: the alert line remembers what it played or skipped. */
  const consider = (current: OverlayFeed, purchase: Purchase, play: boolean) => {
    if (queue.has(purchase.id)) return;
    const { language } = current.overlay;
    const t = createTranslator(language);
    const alert = alertFor(purchase, current.offers, language, t);
    if (!alert) return; // held message: it may alert later, once approved
    // Drawn into the program instead (no overlay input in OBS, or the host's choice): never twice.
    if (!play || current.overlay.alertsLayer !== 'overlay') queue.skip(alert.id);
    else queue.push(overlayAlertOf(alert, current.overlay.wordFilter, t));
  };

  const describe = (connection: ConnectionState) => {
    const loadError = synced.state.get().loadError;
    switch (connection.status) {
      case 'online':
        if (loadError) {
          deps.view.status(say('obsPage.overlay.loadFailed', { reason: localizeError(loadError, statusLocale).message }), 'problem');
        } else if (feed?.overlay.alertsLayer === 'program') {
          deps.view.status(say('obsPage.overlay.inProgram'), 'info');
        } else deps.view.status(say('obsPage.overlay.connected'), 'info');
        return;
      case 'connecting':
        deps.view.status(say('obsPage.connecting'), 'info');
        return;
      case 'reconnecting': {
        const seconds = Math.max(0, Math.ceil((connection.retryAt - Date.now()) / 1000));
        deps.view.status(say('obsPage.overlay.reconnecting', { seconds }), 'problem');
        return;
      }
      case 'offline':
        deps.view.status(say('obsPage.overlay.offline'), 'problem');
        return;
      case 'refused':
        deps.view.status(say('obsPage.overlay.refused', { reason: localizeError(refusalError(connection), statusLocale).message }), 'problem');
        return;
    }
  };

  const follow = (next: OverlayFeed | null) => {
    const before = feed;
    feed = next;
    if (next && next.overlay !== before?.overlay) {
      const size = programSize(next.overlay.resolution);
      deps.view.resize(size);
      deps.view.storeCard(next.overlay.alertsLayer === 'overlay' ? next.overlay.storeCard : null, size, next.overlay.language);
    }
    if (next) {
      // Paid after the snapshot was read (also while it was on its way): new, so they play.
      for (const purchase of next.arrived) consider(next, purchase, true);
      // A fresh snapshot: the very first open plays nothing from before it; a reload or reconnect catches up.
      if (next.recent !== before?.recent) {
        for (const purchase of next.recent) consider(next, purchase, !firstOpen);
        firstOpen = false;
      }
      deps.memory.save(queue.remembered());
      pump();
    }
    describe(deps.client.state.get());
  };

  const stopFollowing = synced.state.subscribe((view) => {
    if (view.value !== feed || view.loadError) follow(view.value);
  });
  const detach = synced.attach();
  const stopState = deps.client.state.subscribe(describe);
  const ticker = setInterval(() => {
    if (deps.client.state.get().status === 'reconnecting') describe(deps.client.state.get());
  }, 1_000);
  describe(deps.client.state.get());
  return () => {
    stopFollowing();
    detach();
    stopState();
    clearInterval(ticker);
    if (timer) clearTimeout(timer);
  };
}
