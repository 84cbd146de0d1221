import Stripe from 'stripe';
import { afterEach, describe, expect, it } from 'vitest';
import { sessionParams, startHarness, startWebhookReceiver, VISA, waitFor, type Harness } from './helpers';

const SECRET = 'whsec_rehearsal_test_secret';

let h: Harness | null = null;
let receiver: Awaited<ReturnType<typeof startWebhookReceiver>> | null = null;
afterEach(async () => {
  await h?.close();
  await receiver?.close();
  h = null;
  receiver = null;
});

function verified(body: string, signature: string): Stripe.Event {
  return Stripe.webhooks.constructEvent(body, signature, SECRET);
}

async function paySession(harness: Harness): Promise<void> {
  const session = await harness.stripe.checkout.sessions.create(sessionParams());
  await harness.server.payCheckoutSession(session.id, { card: VISA, email: 'fan@example.com' });
}

describe('webhook delivery', () => {
  it('posts every event, in order, with a signature stripe.webhooks.constructEvent accepts', async () => {
    receiver = await startWebhookReceiver();
    h = await startHarness({ webhook: { url: receiver.url, secret: SECRET } });
    await paySession(h);
    const rx = receiver;
    await waitFor(() => rx.received.length >= 4, 'four deliveries');
    const delivered = rx.received.map((r) => verified(r.body, r.signature));
    const listed = (await h.stripe.events.list()).data.reverse();
    expect(delivered.map((e) => e.id)).toEqual(listed.map((e) => e.id));
    expect(delivered.map((e) => e.type)).toEqual([
      'payment_intent.created',
      'charge.succeeded',
      'payment_intent.amount_capturable_updated',
      'checkout.session.completed',
    ]);
    expect(delivered[0]?.pending_webhooks).toBe(1);
    // Once acknowledged, the event no longer counts as pending.
    const settled = h;
    await waitFor(async () => (await settled.stripe.events.retrieve(listed[3]?.id ?? '')).pending_webhooks === 0, 'pending_webhooks to settle');
  });

  it('a forged or re-signed body is rejected by constructEvent', async () => {
    receiver = await startWebhookReceiver();
    h = await startHarness({ webhook: { url: receiver.url, secret: SECRET } });
    await h.stripe.checkout.sessions.expire((await h.stripe.checkout.sessions.create(sessionParams())).id);
    const rx = receiver;
    const [first] = await waitFor(() => (rx.received.length > 0 ? rx.received : null), 'a delivery');
    if (!first) throw new Error('no delivery');
    expect(() => Stripe.webhooks.constructEvent(first.body.replace('expired', 'complete'), first.signature, SECRET)).toThrow();
    expect(() => Stripe.webhooks.constructEvent(first.body, first.signature, 'whsec_other')).toThrow();
  });

  it('retries after the receiver answers 500, and later events wait their turn', async () => {
    receiver = await startWebhookReceiver();
    receiver.respondWith(500, 503);
    h = await startHarness({ webhook: { url: receiver.url, secret: SECRET }, webhookRetry: { attempts: 5, baseDelayMs: 20 } });
    await paySession(h);
    const rx = receiver;
    await waitFor(() => rx.received.length >= 6, 'two failures then four deliveries');
    const types = rx.received.map((r) => verified(r.body, r.signature).type);
    expect(types).toEqual([
      'payment_intent.created',
      'payment_intent.created',
      'payment_intent.created',
      'charge.succeeded',
      'payment_intent.amount_capturable_updated',
      'checkout.session.completed',
    ]);
    const [first, second, third] = rx.received;
    expect((second?.at ?? 0) - (first?.at ?? 0)).toBeGreaterThanOrEqual(15);
    expect((third?.at ?? 0) - (second?.at ?? 0)).toBeGreaterThanOrEqual(35);
  });

  it('gives up on an event after the configured attempts and moves on', async () => {
    receiver = await startWebhookReceiver();
    receiver.respondWith(500, 500);
    h = await startHarness({ webhook: { url: receiver.url, secret: SECRET }, webhookRetry: { attempts: 2, baseDelayMs: 10 } });
    await paySession(h);
    const rx = receiver;
    await waitFor(() => rx.received.length >= 5, 'two failed attempts then the other three events');
    const types = rx.received.map((r) => verified(r.body, r.signature).type);
    expect(types).toEqual(['payment_intent.created', 'payment_intent.created', 'charge.succeeded', 'payment_intent.amount_capturable_updated', 'checkout.session.completed']);
    expect(h.log.lines.some((l) => l.includes('rehearsal webhook given up'))).toBe(true);
  });

  it('retries when the receiver is unreachable, then delivers once it is up', async () => {
    receiver = await startWebhookReceiver();
    const deadUrl = receiver.url;
    await receiver.close();
    h = await startHarness({ webhook: { url: deadUrl, secret: SECRET }, webhookRetry: { attempts: 50, baseDelayMs: 10, maxDelayMs: 20 } });
    await h.stripe.checkout.sessions.expire((await h.stripe.checkout.sessions.create(sessionParams())).id);
    receiver = await startWebhookReceiver();
    h.server.setWebhook({ url: receiver.url, secret: SECRET });
    const rx = receiver;
    await waitFor(() => rx.received.length >= 1, 'delivery to the new endpoint');
    expect(verified(rx.received[0]?.body ?? '', rx.received[0]?.signature ?? '').type).toBe('checkout.session.expired');
  });

  it('sends nothing without a target, and nothing queued once the target is removed', async () => {
    receiver = await startWebhookReceiver();
    h = await startHarness();
    await paySession(h);
    h.server.setWebhook({ url: receiver.url, secret: SECRET });
    await h.stripe.checkout.sessions.expire((await h.stripe.checkout.sessions.create(sessionParams())).id);
    const rx = receiver;
    await waitFor(() => rx.received.length >= 1, 'the one event created while the target was set');
    h.server.setWebhook(null);
    await h.stripe.checkout.sessions.expire((await h.stripe.checkout.sessions.create(sessionParams())).id);
    // Prove the dispatcher would have had time: a new target gets only events created after it.
    const later = await startWebhookReceiver();
    try {
      h.server.setWebhook({ url: later.url, secret: SECRET });
      await h.stripe.checkout.sessions.expire((await h.stripe.checkout.sessions.create(sessionParams())).id);
      await waitFor(() => later.received.length >= 1, 'delivery to the later target');
      expect(later.received).toHaveLength(1);
      expect(rx.received).toHaveLength(1);
    } finally {
      await later.close();
    }
  });

  it('refuses a target that is not an http(s) URL', async () => {
    h = await startHarness();
    expect(() => h?.server.setWebhook({ url: 'file:///etc/passwd', secret: SECRET })).toThrow(/http/);
  });
});
