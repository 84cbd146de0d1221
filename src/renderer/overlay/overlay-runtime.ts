import type { StudioEvent } from '../../shared/events';
import type { Offer } from '../../shared/offers';
import { programSize, type OverlayState, type StoreCard } from '../../shared/program';
import type { Purchase } from '../../shared/purchases';
import { giftImageUrl } from '../compositor/gift-images';
import { alertFor } from '../lib/program-alerts';
import type { ConnectionState, StudioClient } from '../lib/studio-client';
import { AlertQueue, type Showing } from './alert-queue';
import { buildAlertCard } from './alert-card';
import { overlayAlertOf, type OverlayAlert } from './overlay-alert';

/** How long the card takes to slide out (matches overlay.css). */
export const LEAVE_MS = 600;

export interface OverlayView {
  /** Shows one alert card (or none), sized for the program. */
  show(card: HTMLElement | null, leaveInMs: number): void;
  resize(size: { width: number; height: number }): void;
  /** The store card in its corner, or none (null while the alerts, and so the card, are in the program). */
  storeCard(card: StoreCard | null, size: { width: number; height: number }): void;
  /** Status for the person looking at the page in a browser; never drawn inside OBS. */
  status(text: string, tone: 'info' | 'problem'): void;
}

export interface SeenMemory {
  /** Null on the very first open: alerts from before it are not a backlog to play. */
  load(): string[] | null;
  save(ids: readonly string[]): void;
}

/**
 * The overlay page's logic, framework-free: it listens to the studio's event stream as role
 * `overlay` (the core sends it only paid tips, gifts and merch sales, redacted), turns each into an
 * alert with the compositor's own rule (lib/program-alerts.ts), and plays them one after another.
 * After a reconnect it catches up on alerts it missed; the ids it has shown survive a reload.
 */
export function runOverlay(deps: { client: StudioClient; view: OverlayView; memory: SeenMemory; doc: Document; now?: () => number }): () => void {
  const now = deps.now ?? (() => Date.now());
  const stored = deps.memory.load();
  const queue = new AlertQueue<OverlayAlert>({}, stored ?? []);
  let firstOpen = stored === null;
  let offers: Offer[] = [];
  let state: OverlayState | null = null;
  let shownId: string | null = null;
  /** Purchases that arrived before the first snapshot said which layer the alerts are on. */
  let early: Purchase[] = [];
  let timer: ReturnType<typeof setTimeout> | null = null;

  const pump = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    const showing: Showing<OverlayAlert> | null = queue.tick(now());
    if ((showing?.alert.id ?? null) !== shownId) {
      shownId = showing?.alert.id ?? null;
      deps.view.show(showing ? buildAlertCard(deps.doc, showing.alert, showing.behind) : null, showing ? Math.max(0, showing.durationMs - LEAVE_MS) : 0);
    }
    const next = queue.nextChangeAt();
    if (next !== null) timer = setTimeout(pump, Math.max(0, next - now()));
  };

  const consider = (purchase: Purchase, play: boolean) => {
    if (!state) {
      early.push(purchase);
      return;
    }
    if (queue.has(purchase.id)) return;
    const alert = alertFor(purchase, offers);
    if (!alert) return; // held message: it may alert later, once approved
    // Drawn into the program instead (no overlay input in OBS, or the host's choice): never twice.
    if (!play || state?.alertsLayer !== 'overlay') queue.skip(alert.id);
    else queue.push(overlayAlertOf(alert, giftImageUrl(alert.animation), state.wordFilter));
    deps.memory.save(queue.remembered());
    pump();
  };

  const describe = (connection: ConnectionState) => {
    switch (connection.status) {
      case 'online':
        if (state?.alertsLayer === 'program') {
          deps.view.status('Connected. Alerts are drawn into the program picture right now (Settings → Program → Alerts), so this overlay stays empty and they never show twice.', 'info');
        } else deps.view.status('Connected: tips, gifts and sales appear here.', 'info');
        return;
      case 'connecting':
        deps.view.status('Connecting to the studio…', 'info');
        return;
      case 'reconnecting': {
        const seconds = Math.max(0, Math.ceil((connection.retryAt - Date.now()) / 1000));
        deps.view.status(`Lost the studio. Reconnecting${seconds > 0 ? ` in ${seconds} s` : ''}… (alerts that arrive meanwhile play once it is back)`, 'problem');
        return;
      }
      case 'offline':
        deps.view.status('No network. The overlay reconnects when it is back.', 'problem');
        return;
      case 'refused':
        deps.view.status(`The studio refused this overlay link: ${connection.reason} Copy the overlay link again from the studio (Program tab → OBS).`, 'problem');
        return;
    }
  };

  const applyState = (next: OverlayState) => {
    state = next;
    deps.view.resize(programSize(next.resolution));
    deps.view.storeCard(next.alertsLayer === 'overlay' ? next.storeCard : null, programSize(next.resolution));
    describe(deps.client.state.get());
  };

  const onEvent = (event: StudioEvent) => {
    if (event.type === 'overlay.state') applyState(event.overlay);
    else if (event.type === 'offer.upserted') offers = [...offers.filter((offer) => offer.id !== event.offer.id), event.offer];
    else if (event.type === 'purchase.upserted') consider(event.purchase, true);
  };

  const onWelcome = async () => {
    const snapshot = await deps.client.command('overlay.snapshot', {});
    if (!snapshot.ok) {
      deps.view.status(`Connected, but the studio could not send the overlay's settings: ${snapshot.error.message}`, 'problem');
      return;
    }
    offers = snapshot.value.offers;
    applyState(snapshot.value.overlay);
    // Paid while the snapshot was on its way: new, so they play.
    const arrived = early;
    early = [];
    for (const purchase of arrived) consider(purchase, true);
    // The very first open plays nothing from before it; a reload or reconnect catches up.
    for (const purchase of snapshot.value.recent) consider(purchase, !firstOpen);
    firstOpen = false;
    deps.memory.save(queue.remembered());
  };

  const stopEvents = deps.client.onEvent(onEvent);
  const stopWelcome = deps.client.onWelcome(() => void onWelcome());
  const stopState = deps.client.state.subscribe(describe);
  const ticker = setInterval(() => {
    if (deps.client.state.get().status === 'reconnecting') describe(deps.client.state.get());
  }, 1_000);
  describe(deps.client.state.get());
  return () => {
    stopEvents();
    stopWelcome();
    stopState();
    clearInterval(ticker);
    if (timer) clearTimeout(timer);
  };
}
