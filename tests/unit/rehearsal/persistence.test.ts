import { join } from 'node:path';
import Stripe from 'stripe';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { allEvents, sessionParams, startHarness, startWebhookReceiver, tempDir, VISA, waitFor, type Harness } from './helpers';

let dir: ReturnType<typeof tempDir>;
let open: Harness[] = [];
beforeEach(() => {
  dir = tempDir();
});
afterEach(async () => {
  for (const h of open) await h.close();
  open = [];
  dir.remove();
});

async function start(options: Parameters<typeof startHarness>[0] = {}): Promise<Harness> {
  const h = await startHarness({ dbPath: join(dir.path, 'stripe.sqlite'), ...options });
  open.push(h);
  return h;
}

function withoutResponse(object: object): unknown {
  return JSON.parse(JSON.stringify({ ...object, lastResponse: undefined })) as unknown;
}

async function stop(h: Harness): Promise<void> {
  await h.close();
  open = open.filter((x) => x !== h);
}

describe('a file database', () => {
  it('keeps sessions, payments, events and idempotency keys across close and reopen', async () => {
    const first = await start();
    const params = sessionParams();
    const session = await first.stripe.checkout.sessions.create(params, { idempotencyKey: 'checkout-persist' });
    await first.server.payCheckoutSession(session.id, { card: VISA, email: 'fan@example.com' });
    const before = await first.stripe.checkout.sessions.retrieve(session.id, { expand: ['payment_intent.latest_charge'] });
    const eventsBefore = await allEvents(first.stripe);
    await stop(first);

    const second = await start();
    const after = await second.stripe.checkout.sessions.retrieve(session.id, { expand: ['payment_intent.latest_charge'] });
    expect(withoutResponse(after)).toEqual(withoutResponse(before));
    expect((await allEvents(second.stripe)).map((e) => e.id)).toEqual(eventsBefore.map((e) => e.id));
    const replay = await second.stripe.checkout.sessions.create(params, { idempotencyKey: 'checkout-persist' });
    expect(replay.id).toBe(session.id);
    expect(replay.lastResponse.headers['idempotent-replayed']).toBe('true');

    // Money actions keep working on the reopened state, and event ids keep their order.
    if (typeof after.payment_intent !== 'object' || after.payment_intent === null) throw new Error('not expanded');
    await second.stripe.paymentIntents.capture(after.payment_intent.id);
    const ids = (await allEvents(second.stripe)).map((e) => e.id);
    expect([...ids].sort()).toEqual(ids);
    expect(ids).toHaveLength(eventsBefore.length + 2);
  });

  it('delivers webhooks that were still queued when the process stopped', async () => {
    const secret = 'whsec_persist';
    const down = await startWebhookReceiver();
    const deadUrl = down.url;
    await down.close();
    const first = await start({ webhook: { url: deadUrl, secret }, webhookRetry: { attempts: 10, baseDelayMs: 10 } });
    const session = await first.stripe.checkout.sessions.create(sessionParams());
    await first.stripe.checkout.sessions.expire(session.id);
    await waitFor(() => first.log.lines.some((l) => l.includes('rehearsal webhook delivery failed')), 'a failed attempt');
    await stop(first);

    const receiver = await startWebhookReceiver();
    try {
      await start({ webhook: { url: receiver.url, secret }, webhookRetry: { attempts: 10, baseDelayMs: 10 } });
      await waitFor(() => receiver.received.length >= 1, 'the queued event after the restart');
      const event = Stripe.webhooks.constructEvent(receiver.received[0]?.body ?? '', receiver.received[0]?.signature ?? '', secret);
      expect(event.type).toBe('checkout.session.expired');
      expect((event.data.object as Stripe.Checkout.Session).id).toBe(session.id);
    } finally {
      await receiver.close();
    }
  });
});
