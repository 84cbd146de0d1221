import type Stripe from 'stripe';
import { afterEach, describe, expect, it } from 'vitest';
import { allEvents, DECLINED, manualClock, sessionParams, startHarness, startWebhookReceiver, VISA, waitFor, type Harness } from './helpers';

let h: Harness | null = null;
afterEach(async () => {
  await h?.close();
  h = null;
});

const MINUTE = 60_000;

describe('explicit expiry', () => {
  it('expires an open session, emits checkout.session.expired, and refuses to expire it again', async () => {
    h = await startHarness();
    const created = await h.stripe.checkout.sessions.create(sessionParams());
    const expired = await h.stripe.checkout.sessions.expire(created.id);
    expect(expired).toMatchObject({ id: created.id, status: 'expired', url: null, payment_status: 'unpaid' });
    expect((await allEvents(h.stripe)).map((e) => e.type)).toEqual(['checkout.session.expired']);
    await expect(h.stripe.checkout.sessions.expire(created.id)).rejects.toMatchObject({
      statusCode: 400,
      message: 'Only Checkout Sessions with a status in ["open"] can be expired. This Checkout Session has a status of "expired".',
    });
    expect(await h.server.payCheckoutSession(created.id, { card: VISA, email: 'fan@example.com' })).toMatchObject({
      ok: false,
      code: 'checkout_session_expired',
    });
  });

  it('refuses to expire a completed session', async () => {
    h = await startHarness();
    const created = await h.stripe.checkout.sessions.create(sessionParams());
    await h.server.payCheckoutSession(created.id, { card: VISA, email: 'fan@example.com' });
    await expect(h.stripe.checkout.sessions.expire(created.id)).rejects.toMatchObject({ statusCode: 400 });
  });

  it('cancels the PaymentIntent a declined attempt left behind', async () => {
    h = await startHarness();
    const created = await h.stripe.checkout.sessions.create(sessionParams());
    await h.server.payCheckoutSession(created.id, { card: DECLINED, email: 'fan@example.com' });
    await h.stripe.checkout.sessions.expire(created.id);
    const session = await h.stripe.checkout.sessions.retrieve(created.id, { expand: ['payment_intent'] });
    expect(session.payment_intent).toMatchObject({ status: 'canceled', cancellation_reason: 'abandoned' });
    const types = (await allEvents(h.stripe)).map((e) => e.type);
    expect(types.slice(-2)).toEqual(['payment_intent.canceled', 'checkout.session.expired']);
  });
});

describe('expiry by time', () => {
  it('validates expires_at: 30 minutes to 24 hours from now', async () => {
    const clock = manualClock();
    h = await startHarness({ now: clock.now });
    const now = Math.floor(clock.now() / 1000);
    for (const expiresAt of [now + 29 * 60, now + 24 * 3600 + 1]) {
      await expect(h.stripe.checkout.sessions.create(sessionParams({ expires_at: expiresAt }, clock.now()))).rejects.toMatchObject({
        statusCode: 400,
        param: 'expires_at',
      });
    }
    const longest = await h.stripe.checkout.sessions.create(sessionParams({ expires_at: now + 24 * 3600 }, clock.now()));
    expect(longest.expires_at).toBe(now + 24 * 3600);
    const byDefault = await h.stripe.checkout.sessions.create(sessionParams({ expires_at: undefined }, clock.now()));
    expect(byDefault.expires_at).toBe(now + 24 * 3600);
  });

  it('expires a session lazily on read once the clock passes expires_at', async () => {
    const clock = manualClock();
    h = await startHarness({ now: clock.now, sweepIntervalMs: 3_600_000 });
    const created = await h.stripe.checkout.sessions.create(sessionParams({}, clock.now()));
    clock.advance(30 * MINUTE);
    expect((await h.stripe.checkout.sessions.retrieve(created.id)).status).toBe('open');
    clock.advance(1 * MINUTE);
    const session = await h.stripe.checkout.sessions.retrieve(created.id);
    expect(session.status).toBe('expired');
    const events = await allEvents(h.stripe);
    expect(events.map((e) => e.type)).toEqual(['checkout.session.expired']);
    expect(events[0]?.request).toEqual({ id: null, idempotency_key: null });
    expect(events[0]?.created).toBe(Math.floor(clock.now() / 1000));
  });

  it('expires sessions from the background sweep without any request', async () => {
    const clock = manualClock();
    const receiver = await startWebhookReceiver();
    try {
      h = await startHarness({ now: clock.now, sweepIntervalMs: 20, webhook: { url: receiver.url, secret: 'whsec_test' } });
      const created = await h.stripe.checkout.sessions.create(sessionParams({}, clock.now()));
      const stillOpen = await h.stripe.checkout.sessions.create(sessionParams({ expires_at: Math.floor(clock.now() / 1000) + 3600 }, clock.now()));
      clock.advance(32 * MINUTE);
      // No API call from here on: only the timer can expire the session and send the event.
      const delivered = await waitFor(
        () => receiver.received.map((r) => JSON.parse(r.body) as Stripe.Event).find((e) => e.type === 'checkout.session.expired'),
        'the sweep to expire the session',
      );
      expect(delivered.data.object.id).toBe(created.id);
      expect((await h.stripe.checkout.sessions.retrieve(stillOpen.id)).status).toBe('open');
    } finally {
      await receiver.close();
    }
  });

  it('paying after expires_at fails and expires the session', async () => {
    const clock = manualClock();
    h = await startHarness({ now: clock.now, sweepIntervalMs: 3_600_000 });
    const created = await h.stripe.checkout.sessions.create(sessionParams({}, clock.now()));
    clock.advance(40 * MINUTE);
    expect(await h.server.payCheckoutSession(created.id, { card: VISA, email: 'fan@example.com' })).toMatchObject({ ok: false, code: 'checkout_session_expired' });
    expect((await allEvents(h.stripe)).map((e) => e.type)).toEqual(['checkout.session.expired']);
  });

  it('lets an uncaptured authorization lapse after seven days', async () => {
    const clock = manualClock();
    h = await startHarness({ now: clock.now, sweepIntervalMs: 3_600_000 });
    const created = await h.stripe.checkout.sessions.create(sessionParams({}, clock.now()));
    await h.server.payCheckoutSession(created.id, { card: VISA, email: 'fan@example.com' });
    clock.advance(7 * 24 * 60 * MINUTE - MINUTE);
    const session = await h.stripe.checkout.sessions.retrieve(created.id, { expand: ['payment_intent'] });
    expect(session.payment_intent).toMatchObject({ status: 'requires_capture' });
    clock.advance(2 * MINUTE);
    const lapsed = await h.stripe.checkout.sessions.retrieve(created.id, { expand: ['payment_intent'] });
    expect(lapsed.payment_intent).toMatchObject({ status: 'canceled', cancellation_reason: 'automatic' });
    expect((await allEvents(h.stripe)).map((e) => e.type).slice(-2)).toEqual(['charge.expired', 'payment_intent.canceled']);
  });
});
