import { afterEach, describe, expect, it } from 'vitest';
import Stripe from 'stripe';
import { startTestStudio, type TestStudio } from '../../support/studio-harness';

/** Forged, replayed and malformed webhooks are refused before anything is read or changed. */
let running: TestStudio | null = null;
afterEach(async () => {
  await running?.close();
  running = null;
});

const fakeEvent = (id: string) =>
  JSON.stringify({
    id,
    object: 'event',
    type: 'checkout.session.completed',
    created: Math.floor(Date.now() / 1000),
    data: { object: { id: 'cs_test_forged', object: 'checkout.session', client_reference_id: 'pur_forged0000' } },
  });

async function post(t: TestStudio, body: string, signature: string | null) {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (signature !== null) headers['stripe-signature'] = signature;
  const response = await fetch(`${t.studio.url}/api/stripe/webhook`, { method: 'POST', headers, body });
  return { status: response.status, body: (await response.json()) as { error?: { code: string }; outcome?: string } };
}

describe('Stripe webhook endpoint', () => {
  it('refuses a missing, forged or tampered signature, and never logs the secret', async () => {
    const t = (running = await startTestStudio({ webhooks: true }));
    const payload = fakeEvent('evt_forged_1');

    expect((await post(t, payload, null)).status).toBe(400);
    const forged = Stripe.webhooks.generateTestHeaderString({ payload, secret: 'whsec_not_the_studios_secret' });
    expect(await post(t, payload, forged)).toMatchObject({ status: 401, body: { error: { code: 'unauthorized' } } });

    // A genuine signature over different bytes: the body was tampered with on the way.
    const tampered = Stripe.webhooks.generateTestHeaderString({ payload: payload.replace('forged', 'other'), secret: t.webhookSecret });
    expect((await post(t, payload, tampered)).status).toBe(401);

    const log = t.log.lines.join('\n');
    expect(log).toContain('webhook refused: bad signature');
    expect(log).not.toMatch(/whsec_[A-Za-z0-9]+/);
  });

  it('accepts a valid signature but ignores an event about a purchase that is not ours; refuses replays', async () => {
    const t = (running = await startTestStudio({ webhooks: true }));
    const secret = t.webhookSecret;
    const payload = fakeEvent('evt_unknown_1');
    const ok = await post(t, payload, Stripe.webhooks.generateTestHeaderString({ payload, secret }));
    expect(ok).toMatchObject({ status: 200, body: { outcome: 'ignored' } });

    // A captured genuine delivery replayed an hour later fails the timestamp tolerance.
    const stale = Stripe.webhooks.generateTestHeaderString({ payload, secret, timestamp: Math.floor(Date.now() / 1000) - 3600 });
    expect((await post(t, payload, stale)).status).toBe(401);

    const garbage = 'not json at all';
    expect((await post(t, garbage, Stripe.webhooks.generateTestHeaderString({ payload: garbage, secret }))).status).toBe(401);
  });
});
