import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import type { Locale } from '../../../src/shared/i18n/locale';
import type { OverlayState } from '../../../src/shared/program';
import type { Purchase } from '../../../src/shared/purchases';
import { StudioClient } from '../../../src/renderer/lib/studio-client';
import { runOverlay, type OverlayView, type SeenMemory } from '../../../src/renderer/overlay/overlay-runtime';
import { startFakeStudio, waitFor, type FakeStudio } from '../renderer/fake-studio-server';
import { purchase } from '../renderer/fixtures';

/**
 * The overlay page's logic against a real WebSocket studio: a tip paid while the snapshot is on
 * its way plays (it is new), the snapshot's recent alerts do not on the very first open, a
 * reconnect catches up on what was paid while away, and nothing plays twice, also across a reload.
 */
const OVERLAY: OverlayState = { resolution: '720p', wordFilter: [], alertsLayer: 'overlay', storeCard: null, language: 'en' };
const tip = (id: string, buyerName: string): Purchase =>
  purchase({ id, kind: 'tip', format: null, status: 'paid', payment: 'captured', question: null, offerId: 'off_tip0000001', offerTitle: 'Tip jar', buyerName, amount: 500 });

let studio: FakeStudio;
let stops: (() => void)[] = [];
let shown: string[];
let statuses: string[];
const view: OverlayView = {
  show: (showing) => {
    if (showing) shown.push(showing.alert.buyerName);
  },
  resize: () => undefined,
  storeCard: () => undefined,
  status: (text) => statuses.push(text),
};

function open(memory: SeenMemory, { token = 'hsp_programkey', statusLocale }: { token?: string; statusLocale?: Locale } = {}): StudioClient {
  const client = new StudioClient({ url: studio.url, token, WebSocket, backoff: { baseMs: 10, maxMs: 40 } });
  const stop = runOverlay({ client, view, memory, alertTiming: { holdMs: 40, minHoldMs: 20 }, ...(statusLocale ? { statusLocale } : {}) });
  stops.push(() => {
    stop();
    client.stop();
  });
  client.start();
  return client;
}

function sessionMemory(): SeenMemory & { ids: string[] | null } {
  const memory = {
    ids: null as string[] | null,
    load: () => memory.ids,
    save: (ids: readonly string[]) => {
      memory.ids = [...ids];
    },
  };
  return memory;
}

beforeEach(async () => {
  studio = await startFakeStudio({ tokens: { hsp_programkey: 'host' } });
  shown = [];
  statuses = [];
});
afterEach(async () => {
  for (const stop of stops) stop();
  stops = [];
  await studio.close();
});

describe('the overlay follows the studio through one synced state', () => {
  it('plays a tip paid while the snapshot loads, never the backlog of a first open, and catches up after a reconnect', async () => {
    let recent: Purchase[] = [tip('pur_before0001', 'Before')];
    let raceOnce = true;
    studio.handlers.set('overlay.snapshot', () => {
      // Paid after the core read the snapshot for this answer: its event goes out first.
      if (raceOnce) studio.broadcast({ type: 'purchase.upserted', purchase: tip('pur_racing0001', 'Racing') });
      raceOnce = false;
      return { ok: true, value: { overlay: OVERLAY, offers: [], recent } };
    });
    const memory = sessionMemory();
    open(memory);
    await waitFor(() => shown.includes('Racing'), 'the tip paid during the load plays');

    studio.broadcast({ type: 'purchase.upserted', purchase: tip('pur_live000001', 'Live') });
    await waitFor(() => shown.includes('Live'), 'a live tip plays');
    expect(shown).toEqual(['Racing', 'Live']);
    expect(memory.ids).toEqual(expect.arrayContaining(['pur_before0001', 'pur_racing0001', 'pur_live000001']));

    // Away for a moment: a tip paid meanwhile comes back in the snapshot's recent list, and plays.
    recent = [tip('pur_before0001', 'Before'), tip('pur_racing0001', 'Racing'), tip('pur_away000001', 'Away')];
    studio.dropAll();
    await waitFor(() => shown.includes('Away'), 'the missed tip plays after the reconnect');
    expect(shown).toEqual(['Racing', 'Live', 'Away']);
  });

  it('waits for a held message to be approved, and a reload plays nothing it already played', async () => {
    const held = { ...tip('pur_held000001', 'Held'), message: 'hello', messageStatus: 'held' as const };
    studio.handlers.set('overlay.snapshot', () => ({ ok: true, value: { overlay: OVERLAY, offers: [], recent: [] } }));
    const memory = sessionMemory();
    memory.ids = []; // not a first open: the page was loaded before
    open(memory);
    await waitFor(() => statuses.some((s) => s.startsWith('Connected: ')), 'connected');
    studio.broadcast({ type: 'purchase.upserted', purchase: held });
    studio.broadcast({ type: 'purchase.upserted', purchase: { ...held, messageStatus: 'approved', version: 2 } });
    await waitFor(() => shown.includes('Held'), 'the approved tip plays');

    // A reload of the page: the snapshot now lists the tip; the remembered id keeps it from playing again.
    for (const stop of stops) stop();
    stops = [];
    studio.handlers.set('overlay.snapshot', () => ({ ok: true, value: { overlay: OVERLAY, offers: [], recent: [{ ...held, messageStatus: 'approved' }, tip('pur_new0000001', 'New')] } }));
    open(memory);
    await waitFor(() => shown.includes('New'), 'the tip not yet played plays');
    expect(shown).toEqual(['Held', 'New']);
  });

  it('says so when the studio could not send the overlay settings', async () => {
    studio.handlers.set('overlay.snapshot', () => ({ ok: false, error: { code: 'internal', message: 'The database is busy.' } }));
    open(sessionMemory());
    await waitFor(() => statuses.some((s) => s.includes('could not send')), 'the failure shown');
    expect(statuses.at(-1)).toBe("Connected, but the studio could not send the overlay’s settings: The database is busy.");
  });

  it('words the failed load in the status line’s language, from its reason', async () => {
    studio.handlers.set('overlay.snapshot', () => ({ ok: false, error: { code: 'internal', message: 'The studio could not do that.', reason: { id: 'error.internal' } } }));
    open(sessionMemory(), { statusLocale: 'fr' });
    await waitFor(() => statuses.some((s) => s.startsWith('Connecté, mais')), 'the failure shown');
    expect(statuses.at(-1)).toBe('Connecté, mais le studio n’a pas pu envoyer les réglages de l’overlay\u00a0: Le studio n’a pas pu faire cela. Réessayez ; si l’échec persiste, redémarrez le studio.');
  });
});

describe('a refused overlay link', () => {
  it('words the studio’s refusal in the status line’s language, from its reason', async () => {
    await studio.close();
    studio = await startFakeStudio({ tokens: {}, refusal: { reason: 'This link is not valid (expired, revoked or mistyped).', why: { id: 'error.connection.linkInvalid' } } });
    open(sessionMemory(), { token: 'hsp_wrongkey', statusLocale: 'fr' });
    await waitFor(() => statuses.some((s) => s.startsWith('Le studio a refusé')), 'the refusal shown');
    expect(statuses.at(-1)).toBe(
      'Le studio a refusé ce lien d’overlay\u00a0: Ce lien n’est pas valide (expiré, révoqué ou mal saisi). Copiez à nouveau le lien de l’overlay depuis le studio (onglet Programme → OBS).',
    );
  });

  it('keeps the English of a refusal without a reason (an older core)', async () => {
    open(sessionMemory(), { token: 'hsp_wrongkey', statusLocale: 'fr' });
    await waitFor(() => statuses.some((s) => s.startsWith('Le studio a refusé')), 'the refusal shown');
    expect(statuses.at(-1)).toMatch(/^Le studio a refusé ce lien d’overlay\u00a0: That studio link is not valid any more\. /);
  });
});
