import { negotiateLocale } from '../../shared/i18n/locale';
import { createTranslator } from '../../shared/i18n/messages';
import { storeCardSprite } from '../compositor/draw-store-card';
import { StudioClient } from '../lib/studio-client';
import { webSocketUrl } from '../lib/socket';
import { buildAlertCard } from './alert-card';
import { runOverlay, type OverlayView, type SeenMemory } from './overlay-runtime';
import './overlay.css';

/**
 * The alert overlay for OBS's browser source (`/overlay?key=…`): a transparent page, the program's
 * size, showing the show's tip, gift and "sold" alerts above the program. Framework-free: OBS keeps
 * it open for hours and it must come back by itself whenever the studio restarts.
 *
 * Inside OBS (which defines `window.obsstudio`) nothing but the alerts is ever drawn; opened in a
 * browser it is a preview: a dark checkerboard behind, and the connection status under the stage.
 */
declare global {
  interface Window {
    obsstudio?: unknown;
  }
}

const stage = document.getElementById('stage');
const statusLine = document.getElementById('status');
if (!stage || !statusLine) throw new Error('The overlay page is missing its stage');
const inObs = window.obsstudio !== undefined;
document.body.classList.toggle('preview', !inObs);

let size = { width: 1280, height: 720 };
const fit = () => {
  const scale = Math.min(window.innerWidth / size.width, window.innerHeight / size.height);
  stage.style.width = `${size.width}px`;
  stage.style.height = `${size.height}px`;
  stage.style.setProperty('--u', `${size.height / 100}px`);
  stage.style.transform = `scale(${scale})`;
};
window.addEventListener('resize', fit);
fit();

// The status line is for whoever sets OBS up, in their language (OBS's browser source carries OBS's).
const statusLocale = negotiateLocale(navigator.languages);
const statusT = createTranslator(statusLocale);

let leaveTimer: ReturnType<typeof setTimeout> | null = null;
const view: OverlayView = {
  show(showing, leaveInMs, locale) {
    if (leaveTimer) clearTimeout(leaveTimer);
    leaveTimer = null;
    for (const old of [...stage.querySelectorAll('.alert')]) {
      old.classList.add('leaving');
      setTimeout(() => old.remove(), 700);
    }
    if (!showing) return;
    const card = buildAlertCard(document, showing.alert, showing.behind, locale);
    stage.append(card);
    leaveTimer = setTimeout(() => card.classList.add('leaving'), leaveInMs);
  },
  resize(next) {
    size = next;
    fit();
  },
  storeCard(card, frame, locale) {
    stage.querySelector('.store-card')?.remove();
    if (!card) return;
    const t = createTranslator(locale);
    // The compositor's own sprite, copied into a canvas: the same card on either layer.
    const sprite = storeCardSprite(card, frame, t('onstream.store.caption'));
    const canvas = document.createElement('canvas');
    canvas.className = 'store-card';
    canvas.width = sprite.meta.width;
    canvas.height = sprite.meta.height;
    canvas.setAttribute('role', 'img');
    canvas.setAttribute('aria-label', t('onstream.store.qrLabel', { address: card.label }));
    canvas.getContext('2d')?.drawImage(sprite.canvas, 0, 0);
    stage.append(canvas);
  },
  status(text, tone) {
    if (inObs) return;
    statusLine.textContent = text;
    statusLine.dataset.tone = tone;
  },
};

const memoryKey = 'hotseat.overlay.seen';
const memory: SeenMemory = {
  load() {
    try {
      const raw = window.sessionStorage.getItem(memoryKey);
      const parsed: unknown = raw ? JSON.parse(raw) : null;
      return Array.isArray(parsed) ? parsed.filter((id): id is string => typeof id === 'string') : null;
    } catch {
      return null;
    }
  },
  save(ids) {
    try {
      window.sessionStorage.setItem(memoryKey, JSON.stringify(ids));
    } catch {
      // Storage full or off: the overlay still works, a reload may just not catch up.
    }
  },
};

const key = new URLSearchParams(window.location.search).get('key');
if (!key) {
  view.status(statusT('obsPage.overlay.noKey'), 'problem');
} else {
  const client = new StudioClient({ url: webSocketUrl(window.location.href), token: key, WebSocket });
  runOverlay({ client, view, memory, statusLocale });
  window.addEventListener('online', () => client.setNetworkAvailable(true));
  window.addEventListener('offline', () => client.setNetworkAvailable(false));
  client.start();
}
