import Stripe from 'stripe';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { allEvents, sessionParams, startHarness, startWebhookReceiver, stripeClient, VISA, waitFor, type Harness } from './helpers';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  await h.close();
});

async function authorizedIntent(): Promise<string> {
  const session = await h.stripe.checkout.sessions.create(sessionParams());
  await h.server.payCheckoutSession(session.id, { card: VISA, email: 'fan@example.com' });
  const paid = await h.stripe.checkout.sessions.retrieve(session.id);
  if (typeof paid.payment_intent !== 'string') throw new Error('no payment intent');
  return paid.payment_intent;
}

async function captureEvents(): Promise<number> {
  return (await allEvents(h.stripe)).filter((e) => e.type === 'charge.captured').length;
}

describe('faults.failNext', () => {
  it('http500 answers 500 before acting, so nothing changes', async () => {
    const id = await authorizedIntent();
    h.server.faults.failNext({ kind: 'http500', method: 'POST', pathPrefix: '/v1/payment_intents/' });
    const error = await h.stripe.paymentIntents.capture(id).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Stripe.errors.StripeAPIError);
    expect(error).toMatchObject({ statusCode: 500 });
    expect((await h.stripe.paymentIntents.retrieve(id)).status).toBe('requires_capture');
    expect(h.server.faults.pending()).toBe(0);
    expect((await h.stripe.paymentIntents.capture(id)).status).toBe('succeeded');
  });

  it('http500 is retried by stripe-node and the retry succeeds', async () => {
    const id = await authorizedIntent();
    h.server.faults.failNext({ kind: 'http500', pathPrefix: '/v1/payment_intents/' });
    const retrying = stripeClient(h.server, { maxNetworkRetries: 2 });
    const captured = await retrying.paymentIntents.capture(id);
    expect(captured.status).toBe('succeeded');
    expect(await captureEvents()).toBe(1);
  });

  it('drop_after_commit acts, then drops the connection; a retry with the same key is replayed, not repeated', async () => {
    const id = await authorizedIntent();
    h.server.faults.failNext({ kind: 'drop_after_commit', method: 'POST', pathPrefix: `/v1/payment_intents/${id}/capture` });
    const dropped = fetch(`${h.server.url}/v1/payment_intents/${id}/capture`, {
      method: 'POST',
      headers: { authorization: `Bearer ${h.server.apiKey}`, 'idempotency-key': 'capture-drop', 'content-type': 'application/x-www-form-urlencoded' },
      body: '',
    });
    await expect(dropped).rejects.toThrow();
    expect((await h.stripe.paymentIntents.retrieve(id)).status).toBe('succeeded');
    const retry = await h.stripe.paymentIntents.capture(id, {}, { idempotencyKey: 'capture-drop' });
    expect(retry.status).toBe('succeeded');
    expect(retry.lastResponse.headers['idempotent-replayed']).toBe('true');
    expect(await captureEvents()).toBe(1);
  });

  it('drop_after_commit under stripe-node: its automatic retry of a closed connection gets the replay', async () => {
    const id = await authorizedIntent();
    h.server.faults.failNext({ kind: 'drop_after_commit', pathPrefix: '/v1/payment_intents/' });
    const captured = await h.stripe.paymentIntents.capture(id, {}, { idempotencyKey: 'capture-auto' });
    expect(captured.status).toBe('succeeded');
    expect(captured.lastResponse.headers['idempotent-replayed']).toBe('true');
    expect(await captureEvents()).toBe(1);
  });

  it('drop_after_commit on create: stripe-node retries with its own key and gets the same session', async () => {
    h.server.faults.failNext({ kind: 'drop_after_commit', pathPrefix: '/v1/checkout/sessions' });
    const retrying = stripeClient(h.server, { maxNetworkRetries: 2 });
    const session = await retrying.checkout.sessions.create(sessionParams());
    expect(session.lastResponse.headers['idempotent-replayed']).toBe('true');
    expect((await h.stripe.checkout.sessions.list()).data.map((s) => s.id)).toEqual([session.id]);
  });

  it('delay holds the request: the client times out, yet the action completes afterwards', async () => {
    const id = await authorizedIntent();
    h.server.faults.failNext({ kind: 'delay', ms: 400, pathPrefix: '/v1/payment_intents/' });
    const impatient = stripeClient(h.server, { timeout: 100 });
    await expect(impatient.paymentIntents.capture(id)).rejects.toBeInstanceOf(Stripe.errors.StripeConnectionError);
    await waitFor(async () => (await h.stripe.paymentIntents.retrieve(id)).status === 'succeeded', 'the delayed capture to land');
  });

  it('matches method and path prefix, and counts down times', async () => {
    h.server.faults.failNext({ kind: 'http500', method: 'POST', pathPrefix: '/v1/refunds', times: 2 });
    expect(h.server.faults.pending()).toBe(2);
    await h.stripe.events.list();
    await h.stripe.checkout.sessions.create(sessionParams());
    expect(h.server.faults.pending()).toBe(2);
    await expect(h.stripe.refunds.create({ payment_intent: 'pi_x' })).rejects.toMatchObject({ statusCode: 500 });
    await expect(h.stripe.refunds.create({ payment_intent: 'pi_x' })).rejects.toMatchObject({ statusCode: 500 });
    await expect(h.stripe.refunds.create({ payment_intent: 'pi_x' })).rejects.toMatchObject({ statusCode: 404 });
    h.server.faults.failNext({ kind: 'http500' });
    h.server.faults.clear();
    expect(h.server.faults.pending()).toBe(0);
  });

  it('refuses malformed rules', () => {
    expect(() => h.server.faults.failNext({ kind: 'delay' })).toThrow(/ms/);
    expect(() => h.server.faults.failNext({ kind: 'http500', times: 0 })).toThrow(/times/);
    expect(() => h.server.faults.failNext({ kind: 'http500', method: 'post' })).toThrow(/upper case/);
  });
});

describe('faults.duplicateWebhooks', () => {
  it('delivers every event twice, each copy validly signed', async () => {
    const receiver = await startWebhookReceiver();
    try {
      const secret = 'whsec_dupes';
      h.server.setWebhook({ url: receiver.url, secret });
      h.server.faults.duplicateWebhooks(true);
      await h.stripe.checkout.sessions.expire((await h.stripe.checkout.sessions.create(sessionParams())).id);
      await waitFor(() => receiver.received.length >= 2, 'two copies');
      const [a, b] = receiver.received.map((r) => Stripe.webhooks.constructEvent(r.body, r.signature, secret));
      expect(a?.id).toBe(b?.id);
      expect(a?.type).toBe('checkout.session.expired');

      h.server.faults.duplicateWebhooks(false);
      // Two more events: had the first of them been duplicated, its copy would arrive before the second.
      for (let i = 0; i < 2; i += 1) await h.stripe.checkout.sessions.expire((await h.stripe.checkout.sessions.create(sessionParams())).id);
      await waitFor(() => receiver.received.length >= 4, 'the two later events');
      const ids = receiver.received.map((r) => Stripe.webhooks.constructEvent(r.body, r.signature, secret).id);
      expect(ids).toHaveLength(4);
      expect(new Set(ids.slice(2)).size).toBe(2);
      expect(ids.slice(2)).not.toContain(a?.id);
    } finally {
      await receiver.close();
    }
  });
});

describe('faults.reorderWebhooks and faults.dropWebhookDeliveries', () => {
  const expireNew = async () => (await h.stripe.checkout.sessions.expire((await h.stripe.checkout.sessions.create(sessionParams())).id)).id;
  const sessionOf = (r: { body: string; signature: string }, secret: string) =>
    (Stripe.webhooks.constructEvent(r.body, r.signature, secret).data.object as { id: string }).id;

  it('a dropped delivery is retried later; with reordering, later events overtake it', async () => {
    await h.close();
    h = await startHarness({ webhookRetry: { attempts: 5, baseDelayMs: 400 } });
    const receiver = await startWebhookReceiver();
    try {
      const secret = 'whsec_reorder';
      h.server.setWebhook({ url: receiver.url, secret });
      h.server.faults.reorderWebhooks(true);
      h.server.faults.dropWebhookDeliveries(1);
      const first = await expireNew();
      const second = await expireNew();
      const third = await expireNew();
      await waitFor(() => receiver.received.length >= 3, 'three deliveries');
      const order = receiver.received.map((r) => sessionOf(r, secret));
      expect(new Set(order)).toEqual(new Set([first, second, third]));
      // The first event's delivery was dropped: it arrives last, after the two newer ones.
      expect(order[2]).toBe(first);
    } finally {
      await receiver.close();
    }
  });

  it('in order (the default), a dropped delivery holds back the events behind it', async () => {
    await h.close();
    h = await startHarness({ webhookRetry: { attempts: 5, baseDelayMs: 200 } });
    const receiver = await startWebhookReceiver();
    try {
      const secret = 'whsec_inorder';
      h.server.setWebhook({ url: receiver.url, secret });
      h.server.faults.dropWebhookDeliveries(2);
      const ids = [await expireNew(), await expireNew()];
      await waitFor(() => receiver.received.length >= 2, 'both deliveries');
      expect(receiver.received.map((r) => sessionOf(r, secret))).toEqual(ids);
      expect(() => h.server.faults.dropWebhookDeliveries(-1)).toThrow(/non-negative/);
    } finally {
      await receiver.close();
    }
  });
});
