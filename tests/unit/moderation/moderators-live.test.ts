import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { CommandName } from '../../../src/shared/commands';
import type { Purchase } from '../../../src/shared/purchases';
import { StudioClient } from '../../../src/renderer/lib/studio-client';
import { webSocketUrl } from '../../../src/renderer/lib/socket';
import { connectHost, payOnCheckoutPage, postCheckout, startTestStudio, type HostClient, type TestStudio } from '../../support/studio-harness';
import { waitFor } from '../../support/wait-for';

/**
 * Moderators through the real parts: invite links, the hub's hello and policy, the redacted view,
 * revocation cutting a live socket, flooding, and host + two moderators racing on one seat with
 * the money moving once at the Stripe-compatible server.
 */
let t: TestStudio;
let showId: string;
let seatOfferId: string;
let tipOfferId: string;
let merchOfferId: string;

beforeAll(async () => {
  t = await startTestStudio({ webhooks: true });
  const show = await t.host.command('show.create', { title: 'Friday Night Live', slug: 'friday-night', currency: 'usd' });
  showId = show.id;
  const add = (offer: Parameters<HostClient['command']>[1]) => t.host.command('offer.create', { showId, offer } as never);
  seatOfferId = (await add({ kind: 'hotseat', title: 'Hot seat Q&A', format: 'qa', price: 2500, minutes: 5, perShow: 40, perBuyer: 1, questionRequired: false } as never)).id;
  tipOfferId = (await add({ kind: 'tip', title: 'Tip', minAmount: 200, maxAmount: 50_000, messageMaxLength: 140, holdMessagesForReview: true } as never)).id;
  merchOfferId = (await add({ kind: 'merch', title: 'Shirt', price: 3000, variants: [{ id: 'm', label: 'M', stock: 5 }], shippingCountries: ['US'] } as never)).id;
  await t.host.command('show.setStatus', { showId, status: 'live' });
});
afterAll(async () => {
  await t?.close();
});

async function invite(name: string, hours = 4): Promise<{ id: string; token: string; link: string }> {
  const created = await t.host.command('moderators.invite', { name, expiresInHours: hours });
  const token = new URLSearchParams(new URL(created.link).hash.slice(1)).get('token') ?? '';
  return { id: created.invite.id, token, link: created.link };
}

async function paid(fields: Record<string, unknown>, payment: Parameters<typeof payOnCheckoutPage>[1] = {}): Promise<Purchase> {
  const { status, body } = await postCheckout(t.studio.url, fields);
  expect(status, body.error?.message).toBe(201);
  expect((await payOnCheckoutPage(body.checkoutUrl, payment)).status).toBe(303);
  return waitFor('purchase paid', () => {
    const p = t.host.purchase(body.purchaseId);
    return p && (p.status === 'pending_review' || p.status === 'paid') ? p : undefined;
  });
}

function refusedClient(token: string): StudioClient {
  const client = new StudioClient({ url: webSocketUrl(t.studio.url), token, WebSocket, onInvalidMessage: () => undefined });
  client.start();
  return client;
}

const refusal = (client: StudioClient) =>
  waitFor('refused', () => {
    const state = client.state.get();
    return state.status === 'refused' ? state.reason : undefined;
  });

describe('moderator invites', () => {
  it('gives a link with the token in the fragment, stores only its hash, and lists who is connected', async () => {
    const maya = await invite('Maya');
    expect(maya.link).toMatch(new RegExp(`^${t.studio.url}/moderator#token=hsm_[A-Za-z0-9_-]{43}$`));
    const db = new BetterSqlite3(join(t.dataDir, 'hotseat.sqlite'), { readonly: true });
    try {
      const stored = JSON.stringify(db.prepare('SELECT * FROM moderator_invites').all());
      expect(stored).not.toContain(maya.token);
      expect(stored).toContain(maya.id);
    } finally {
      db.close();
    }
    const mod = await connectHost(t.studio.url, maya.token);
    expect(mod.client.state.get()).toMatchObject({ status: 'online', role: 'moderator', subject: maya.id });
    await waitFor('host sees Maya connected', () =>
      t.host.events.some((e) => e.type === 'moderators.updated' && e.moderators.some((m) => m.id === maya.id && m.connections === 1)),
    );
    expect((await t.host.command('moderators.list', {})).find((m) => m.id === maya.id)).toMatchObject({ name: 'Maya', connections: 1, revokedAt: null });
    mod.client.stop();
    await waitFor('host sees Maya leave', async () => (await t.host.command('moderators.list', {})).find((m) => m.id === maya.id)?.connections === 0);
  });

  it('refuses bad invite input clearly and creates nothing', async () => {
    const before = (await t.host.command('moderators.list', {})).length;
    for (const input of [{ name: '', expiresInHours: 2 }, { name: 'Maya', expiresInHours: 0 }, { name: 'Maya', expiresInHours: 10_000 }, { name: 'Ma\u202eya', expiresInHours: 2 }]) {
      const result = await t.host.client.command('moderators.invite', input);
      expect(result.ok).toBe(false);
      expect(!result.ok && result.error.code).toBe('bad_request');
    }
    expect(await t.host.command('moderators.list', {})).toHaveLength(before);
  });

  it('cuts a live moderator the moment the host revokes, and refuses the link afterwards', async () => {
    const leo = await invite('Leo');
    const mod = await connectHost(t.studio.url, leo.token);
    const revoked = await t.host.command('moderators.revoke', { inviteId: leo.id });
    expect(revoked.revokedAt).not.toBeNull();
    const state = await waitFor('cut', () => {
      const s = mod.client.state.get();
      return s.status === 'refused' ? s : undefined;
    });
    expect(state.reason).toMatch(/revoked your moderator access/);
    expect(await refusal(refusedClient(leo.token))).toMatch(/revoked your moderator access/);
    const again = await t.host.client.command('moderators.revoke', { inviteId: leo.id });
    expect(!again.ok && again.error).toMatchObject({ code: 'conflict', message: 'Leo’s access was already revoked' });
    expect((await t.host.command('studio.snapshot', {})).audit.some((a) => a.action === 'moderator.revoke' && a.detail === 'Revoked moderator Leo')).toBe(true);
  });

  it('refuses a made-up or mistyped moderator link', async () => {
    expect(await refusal(refusedClient(`hsm_${'A'.repeat(43)}`))).toMatch(/not valid/);
  });
});

describe('what a moderator may do and see', () => {
  it('refuses every host-only command sent straight to the API, and nothing changes', async () => {
    const mod = await connectHost(t.studio.url, (await invite('Sam')).token);
    const before = await t.host.command('studio.snapshot', {});
    const attempts: [CommandName, unknown][] = [
      ['studio.snapshot', {}],
      ['show.create', { title: 'Mine', slug: 'mine-now', currency: 'usd' }],
      ['show.setStatus', { showId, status: 'ended' }],
      ['offer.update', { offerId: seatOfferId, offer: { kind: 'hotseat', title: 'Cheap', format: 'qa', price: 100, minutes: 5, perShow: 40, perBuyer: 1 } }],
      ['offer.setActive', { offerId: seatOfferId, active: false }],
      ['purchase.refund', { purchaseId: 'pur_aaaaaaaaaaaa' }],
      ['settings.network.update', { bindAddress: '0.0.0.0', publicBaseUrl: null }],
      ['settings.language.update', { language: 'fr' }],
      ['payments.setKeys', { secretKey: null }],
      ['moderators.invite', { name: 'Friend', expiresInHours: 300 }],
      ['moderators.list', {}],
      ['moderators.revoke', { inviteId: 'mod_aaaaaaaaaaaa' }],
    ];
    for (const [name, input] of attempts) {
      const result = await mod.client.command(name, input as never);
      expect(result, name).toMatchObject({ ok: false, error: { code: 'forbidden', message: `A moderator cannot do “${name}”.`, reason: { id: 'error.forbiddenCommand', values: { role: 'moderator', command: name } } } });
    }
    const after = await t.host.command('studio.snapshot', {});
    expect(after.shows).toEqual(before.shows);
    expect(after.offers).toEqual(before.offers);
    expect(after.network).toEqual(before.network);
    expect(after.payments).toEqual(before.payments);
    expect(after.language).toBe(before.language);
    mod.client.stop();
  });

  it('speaks the creator’s language: the console follows the host’s choice at once, and a new show takes it on stream', async () => {
    const mod = await connectHost(t.studio.url, (await invite('Lou')).token);
    expect((await mod.command('moderator.snapshot', {})).language).toBe('en');
    const refused = await t.host.client.command('settings.language.update', { language: 'de' } as never);
    expect(!refused.ok && refused.error.code).toBe('bad_request');
    expect((await t.host.command('studio.snapshot', {})).language).toBe('en');

    expect(await t.host.command('settings.language.update', { language: 'fr' })).toEqual({ language: 'fr' });
    await waitFor('the console hears French', () => mod.events.some((e) => e.type === 'studio.language' && e.language === 'fr'));
    expect((await mod.command('moderator.snapshot', {})).language).toBe('fr');
    expect((await t.host.command('studio.snapshot', {})).language).toBe('fr');
    const created = await t.host.command('show.create', { title: 'Soirée questions', slug: 'soiree-questions', currency: 'eur' });
    expect(created.language).toBe('fr');
    const english = await t.host.command('show.create', { title: 'English night', slug: 'english-night', currency: 'usd', language: 'en' });
    expect(english.language).toBe('en');
    await t.host.command('settings.language.update', { language: 'en' });
    mod.client.stop();
  });

  it('sees hot seats and tips without emails or addresses, no merch orders, no settings, no links', async () => {
    const mod = await connectHost(t.studio.url, (await invite('Ivy')).token);
    const seat = await paid({ offerId: seatOfferId, buyerName: 'Ada', question: 'Hello?' }, { email: 'ada@example.com' });
    await paid({ offerId: tipOfferId, buyerName: 'Tia', amount: 500, message: 'Go!' }, { email: 'tia@example.com' });
    await paid(
      { offerId: merchOfferId, buyerName: 'Mo', variantId: 'm' },
      { email: 'mo@example.com', shipping: { shipping_name: 'Mo', shipping_line1: '1 Secret Street', shipping_city: 'Town', shipping_postal_code: '12345', shipping_country: 'US' } },
    );
    expect(t.host.purchase(seat.id)?.buyerEmail).toBe('ada@example.com');
    const snapshot = await mod.command('moderator.snapshot', {});
    const wire = JSON.stringify(snapshot) + JSON.stringify(mod.events);
    for (const secret of ['@example.com', '1 Secret Street', t.studio.hostToken, 'sk_test_', 'whsec_', '/studio#token']) expect(wire).not.toContain(secret);
    expect(snapshot.me.name).toBe('Ivy');
    expect(snapshot.purchases.some((p) => p.buyerName === 'Ada' && p.kind === 'hotseat')).toBe(true);
    expect(snapshot.purchases.some((p) => p.buyerName === 'Tia' && p.messageStatus === 'held')).toBe(true);
    expect(snapshot.purchases.some((p) => p.kind === 'merch')).toBe(false);
    expect(mod.events.some((e) => e.type === 'purchase.upserted' && e.purchase.kind === 'merch')).toBe(false);
    expect(mod.events.some((e) => e.type === 'purchase.upserted' && e.purchase.buyerName === 'Ada')).toBe(true);
    expect(Object.keys(snapshot)).not.toContain('network');
    expect(Object.keys(snapshot)).not.toContain('links');
    mod.client.stop();
  });

  it('holds the line on a flooding moderator without affecting the host or the show', async () => {
    const mod = await connectHost(t.studio.url, (await invite('Flo')).token);
    const results = await Promise.all(Array.from({ length: 120 }, () => mod.client.command('queue.note', { purchaseId: 'pur_doesnotexist', text: 'x' })));
    const limited = results.filter((r) => !r.ok && r.error.code === 'rate_limited');
    expect(limited.length).toBeGreaterThan(60);
    expect(limited[0]).toMatchObject({ ok: false, error: { message: 'Too many commands at once. Slow down a little.' } });
    // Everything else was refused for its own reason; nothing was written.
    expect(results.every((r) => !r.ok)).toBe(true);
    const started = Date.now();
    const snapshot = await t.host.command('studio.snapshot', {});
    expect(Date.now() - started).toBeLessThan(1000);
    expect(snapshot.moderation.notes.some((n) => n.author === 'Flo')).toBe(false);
    // The moderator's own connection recovers once it slows down.
    await waitFor('bucket refills', async () => (await mod.client.command('moderator.snapshot', {})).ok, { timeoutMs: 5000, intervalMs: 200 });
    mod.client.stop();
  });
});

describe('host and two moderators act on the same seat at once', () => {
  it('always ends with one outcome, tells the losers who won, and calls Stripe once', async () => {
    const [maya, leo] = await Promise.all([invite('Maya'), invite('Leo')]);
    const moderators = [await connectHost(t.studio.url, maya.token), await connectHost(t.studio.url, leo.token)];
    const everyone = [t.host, ...moderators];
    const names = ['Host', 'Maya', 'Leo'];
    const rounds: ('accept' | 'reject')[][] = [
      ['accept', 'reject', 'accept'],
      ['reject', 'accept', 'reject'],
      ['accept', 'accept', 'reject'],
      ['reject', 'reject', 'accept'],
      ['accept', 'reject', 'reject'],
      ['reject', 'accept', 'accept'],
    ];
    for (const [round, decisions] of rounds.entries()) {
      const seat = await paid({ offerId: seatOfferId, buyerName: `Racer ${round}` });
      await waitFor('every console sees the seat', () => moderators.every((m) => m.purchase(seat.id)?.status === 'pending_review'));
      const results = await Promise.all(
        decisions.map((decision, i) => {
          const who = everyone[i];
          if (!who) throw new Error(`no client ${i}`);
          return who.client.command(decision === 'accept' ? 'queue.accept' : 'queue.reject', { purchaseId: seat.id, expectedVersion: seat.version });
        }),
      );
      const winners = results.flatMap((r, i) => (r.ok ? [i] : []));
      expect(winners, `round ${round}`).toHaveLength(1);
      const winner = winners[0] ?? -1;
      const outcome = decisions[winner] === 'accept' ? 'accepted' : 'rejected';
      for (const [i, result] of results.entries()) {
        if (i === winner) continue;
        expect(result).toEqual({
          ok: false,
          error: {
            code: 'conflict',
            message: `This hot seat was already ${outcome} by ${names[winner]}`,
            reason: { id: 'error.purchases.seatAlreadyDecided', values: { standing: `${outcome}By`, by: names[winner] } },
          },
        });
      }
      // Everyone sees the one outcome within a second.
      const started = Date.now();
      await waitFor('everyone sees the outcome', () => everyone.every((c) => c.purchase(seat.id)?.status === outcome), { timeoutMs: 1000 });
      expect(Date.now() - started).toBeLessThan(1000);

      if (outcome === 'rejected') await waitFor('hold released', () => t.host.purchase(seat.id)?.payment === 'canceled');
      const intent = await intentOf(seat.id);
      expect(intent.status).toBe(outcome === 'rejected' ? 'canceled' : 'requires_capture');
      const cancels = (await t.stripe.events.list({ type: 'payment_intent.canceled', limit: 100 })).data.filter(
        (e) => (e.data.object as { id: string }).id === intent.id,
      );
      expect(cancels).toHaveLength(outcome === 'rejected' ? 1 : 0);
      // One money action, with one idempotency key: the cancel the winning reject recorded.
      expect(moneyActions(seat.id)).toEqual(outcome === 'rejected' ? [{ kind: 'cancel', status: 'done' }] : []);
    }
    for (const m of moderators) m.client.stop();
  });

  it('keeps one line when a seat is moved while another is accepted, and all consoles agree', async () => {
    const mod = await connectHost(t.studio.url, (await invite('Ora')).token);
    const a = await paid({ offerId: seatOfferId, buyerName: 'Line A' });
    const b = await paid({ offerId: seatOfferId, buyerName: 'Line B' });
    const c = await paid({ offerId: seatOfferId, buyerName: 'Line C' });
    await t.host.command('queue.accept', { purchaseId: a.id, expectedVersion: a.version });
    await t.host.command('queue.accept', { purchaseId: b.id, expectedVersion: b.version });
    await waitFor('moderator sees B accepted', () => mod.purchase(b.id)?.status === 'accepted');
    const [moved, accepted] = await Promise.all([
      mod.client.command('queue.reorder', { purchaseId: b.id, beforeId: a.id }),
      t.host.client.command('queue.accept', { purchaseId: c.id, expectedVersion: c.version }),
    ]);
    expect(moved.ok && accepted.ok).toBe(true);
    const hostState = await t.host.command('studio.snapshot', {});
    const modState = await mod.command('moderator.snapshot', {});
    expect(modState.moderation).toEqual(hostState.moderation);
    const line = hostState.moderation.lineOrder;
    expect(line.indexOf(b.id)).toBeLessThan(line.indexOf(a.id));
    mod.client.stop();
  });
});

async function intentOf(purchaseId: string) {
  const sessions = await t.stripe.checkout.sessions.list({ limit: 100 });
  const session = sessions.data.find((s) => s.client_reference_id === purchaseId);
  if (typeof session?.payment_intent !== 'string') throw new Error(`no payment for ${purchaseId}`);
  return t.stripe.paymentIntents.retrieve(session.payment_intent);
}

function moneyActions(purchaseId: string): { kind: string; status: string }[] {
  const db = new BetterSqlite3(join(t.dataDir, 'hotseat.sqlite'), { readonly: true });
  try {
    return db.prepare<[string], { kind: string; status: string }>('SELECT kind, status FROM money_actions WHERE purchase_id = ? ORDER BY id').all(purchaseId);
  } finally {
    db.close();
  }
}
