import type Stripe from 'stripe';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { allEvents, DECLINED, INSUFFICIENT_FUNDS, sessionParams, startHarness, VISA, type Harness } from './helpers';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  await h.close();
});

function intentOf(session: Stripe.Checkout.Session): Stripe.PaymentIntent {
  if (typeof session.payment_intent !== 'object' || session.payment_intent === null) throw new Error('payment_intent not expanded');
  return session.payment_intent;
}

function chargeOf(intent: Stripe.PaymentIntent): Stripe.Charge {
  if (typeof intent.latest_charge !== 'object' || intent.latest_charge === null) throw new Error('latest_charge not expanded');
  return intent.latest_charge;
}

describe('checkout session creation', () => {
  it('returns an open session whose url is the hosted page on this server', async () => {
    const session = await h.stripe.checkout.sessions.create(sessionParams());
    expect(session.object).toBe('checkout.session');
    expect(session.status).toBe('open');
    expect(session.payment_status).toBe('unpaid');
    expect(session.payment_intent).toBeNull();
    expect(session.amount_total).toBe(2500);
    expect(session.currency).toBe('usd');
    expect(session.metadata).toEqual({ hotseat_purchase_id: 'pur_12345678' });
    expect(session.client_reference_id).toBe('pur_12345678');
    expect(session.url).toBe(`${h.server.url}/checkout/${session.id}`);
    expect(session.id).toMatch(/^cs_test_[A-Za-z0-9]+$/);
  });

  it('totals several line items with quantities', async () => {
    const session = await h.stripe.checkout.sessions.create(
      sessionParams({
        line_items: [
          { quantity: 2, price_data: { currency: 'eur', unit_amount: 1500, product_data: { name: 'T-shirt' } } },
          { quantity: 1, price_data: { currency: 'eur', unit_amount: 700, product_data: { name: 'Sticker' } } },
        ],
      }),
    );
    expect(session.amount_total).toBe(3700);
    expect(session.currency).toBe('eur');
  });

  it('refuses bad input with Stripe errors naming the parameter', async () => {
    const cases: [Partial<Stripe.Checkout.SessionCreateParams>, string, RegExp][] = [
      [{ line_items: [] }, 'line_items', /Missing required param: line_items/],
      [{ line_items: [{ quantity: 1, price_data: { currency: 'usd', unit_amount: 20, product_data: { name: 'Tiny' } } }] }, 'line_items', /at least \$0\.50 usd/],
      [{ line_items: [{ price_data: { currency: 'usd', unit_amount: 900, product_data: { name: 'x' } } }] }, 'line_items[0][quantity]', /Missing required param/],
      [{ success_url: 'javascript:alert(1)' }, 'success_url', /Not a valid URL/],
      [{ customer_email: 'not-an-email' }, 'customer_email', /Invalid email address/],
    ];
    for (const [overrides, param, message] of cases) {
      const error = await h.stripe.checkout.sessions.create(sessionParams(overrides)).catch((e: unknown) => e);
      expect(error, param).toBeInstanceOf(h.stripe.errors.StripeInvalidRequestError);
      const stripeError = error as Stripe.errors.StripeInvalidRequestError;
      expect(stripeError.param).toBe(param);
      expect(stripeError.message).toMatch(message);
      expect(stripeError.statusCode).toBe(400);
    }
    expect((await h.stripe.checkout.sessions.list()).data).toHaveLength(0);
  });

  it('refuses an unknown parameter, as Stripe does', async () => {
    const params = { ...sessionParams(), colour: 'red' } as Stripe.Checkout.SessionCreateParams;
    await expect(h.stripe.checkout.sessions.create(params)).rejects.toMatchObject({ param: 'colour', message: 'Received unknown parameter: colour' });
  });
});

describe('paying a session', () => {
  it('manual capture: completes the session unpaid with an authorized PaymentIntent and emits the events', async () => {
    const created = await h.stripe.checkout.sessions.create(sessionParams());
    expect(await h.server.payCheckoutSession(created.id, { card: VISA, email: 'fan@example.com' })).toEqual({ ok: true });

    const session = await h.stripe.checkout.sessions.retrieve(created.id, { expand: ['payment_intent.latest_charge'] });
    expect(session.status).toBe('complete');
    expect(session.payment_status).toBe('unpaid');
    expect(session.url).toBeNull();
    expect(session.customer_details?.email).toBe('fan@example.com');
    const intent = intentOf(session);
    expect(intent.status).toBe('requires_capture');
    expect(intent.capture_method).toBe('manual');
    expect(intent.amount_capturable).toBe(2500);
    expect(intent.amount_received).toBe(0);
    expect(intent.metadata).toEqual({ hotseat_purchase_id: 'pur_12345678' });
    const charge = chargeOf(intent);
    expect(charge.captured).toBe(false);
    expect(charge.status).toBe('succeeded');
    expect(charge.amount_captured).toBe(0);
    expect(charge.payment_method_details?.card?.last4).toBe('4242');
    expect(charge.payment_method_details?.card?.brand).toBe('visa');
    expect(charge.payment_method_details?.card?.capture_before).toBe(charge.created + 7 * 24 * 3600);
    expect(charge.billing_details.email).toBe('fan@example.com');

    const events = await allEvents(h.stripe);
    expect(events.map((e) => e.type)).toEqual([
      'payment_intent.created',
      'charge.succeeded',
      'payment_intent.amount_capturable_updated',
      'checkout.session.completed',
    ]);
    const completed = events[3] as Stripe.CheckoutSessionCompletedEvent;
    expect(completed.data.object.id).toBe(session.id);
    expect(completed.data.object.payment_intent).toBe(intent.id);
    // Snapshots: the created event still shows the intent as it was then.
    expect((events[0] as Stripe.PaymentIntentCreatedEvent).data.object.status).toBe('requires_payment_method');
  });

  it('automatic capture: completes the session paid with a succeeded PaymentIntent', async () => {
    const created = await h.stripe.checkout.sessions.create(
      sessionParams({ payment_intent_data: { capture_method: 'automatic', description: 'Tip for the show' } }),
    );
    await h.server.payCheckoutSession(created.id, { card: VISA, email: 'fan@example.com' });
    const session = await h.stripe.checkout.sessions.retrieve(created.id, { expand: ['payment_intent.latest_charge'] });
    expect(session.payment_status).toBe('paid');
    const intent = intentOf(session);
    expect(intent.status).toBe('succeeded');
    expect(intent.amount_received).toBe(2500);
    expect(intent.description).toBe('Tip for the show');
    const charge = chargeOf(intent);
    expect(charge.captured).toBe(true);
    expect(charge.amount_captured).toBe(2500);
    expect(charge.balance_transaction).toMatch(/^txn_/);
    expect((await allEvents(h.stripe)).map((e) => e.type)).toEqual([
      'payment_intent.created',
      'charge.succeeded',
      'payment_intent.succeeded',
      'checkout.session.completed',
    ]);
  });

  it('a declined card leaves the session open, records the failure, and a later card succeeds on the same PaymentIntent', async () => {
    const created = await h.stripe.checkout.sessions.create(sessionParams());
    const declined = await h.server.payCheckoutSession(created.id, { card: DECLINED, email: 'fan@example.com' });
    expect(declined).toMatchObject({ ok: false, code: 'card_declined', declineCode: 'generic_decline', message: 'Your card was declined.' });

    let session = await h.stripe.checkout.sessions.retrieve(created.id, { expand: ['payment_intent.latest_charge'] });
    expect(session.status).toBe('open');
    const failedIntent = intentOf(session);
    expect(failedIntent.status).toBe('requires_payment_method');
    expect(failedIntent.last_payment_error).toMatchObject({ type: 'card_error', code: 'card_declined', decline_code: 'generic_decline' });
    expect(chargeOf(failedIntent)).toMatchObject({ status: 'failed', paid: false, failure_code: 'card_declined' });

    const poor = await h.server.payCheckoutSession(created.id, { card: INSUFFICIENT_FUNDS, email: 'fan@example.com' });
    expect(poor).toMatchObject({ ok: false, code: 'card_declined', declineCode: 'insufficient_funds' });

    expect(await h.server.payCheckoutSession(created.id, { card: VISA, email: 'fan@example.com' })).toEqual({ ok: true });
    session = await h.stripe.checkout.sessions.retrieve(created.id, { expand: ['payment_intent'] });
    expect(session.status).toBe('complete');
    expect(intentOf(session).id).toBe(failedIntent.id);
    expect(intentOf(session).last_payment_error).toBeNull();

    expect((await allEvents(h.stripe)).map((e) => e.type)).toEqual([
      'payment_intent.created',
      'charge.failed',
      'payment_intent.payment_failed',
      'charge.failed',
      'payment_intent.payment_failed',
      'charge.succeeded',
      'payment_intent.amount_capturable_updated',
      'checkout.session.completed',
    ]);
  });

  it('paying twice never charges twice', async () => {
    const created = await h.stripe.checkout.sessions.create(sessionParams({ payment_intent_data: { capture_method: 'automatic' } }));
    await h.server.payCheckoutSession(created.id, { card: VISA, email: 'fan@example.com' });
    expect(await h.server.payCheckoutSession(created.id, { card: VISA, email: 'fan@example.com' })).toEqual({ ok: true });
    const charges = (await allEvents(h.stripe)).filter((e) => e.type === 'charge.succeeded');
    expect(charges).toHaveLength(1);
  });

  it('refuses incomplete buyer input without changing anything', async () => {
    const created = await h.stripe.checkout.sessions.create(sessionParams({ shipping_address_collection: { allowed_countries: ['US', 'CA'] } }));
    const attempts: [Parameters<typeof h.server.payCheckoutSession>[1], string][] = [
      [{ card: VISA }, 'email'],
      [{ card: '4242424242424241', email: 'a@b.co' }, 'card'],
      [{ card: VISA, email: 'a@b.co', expMonth: 13, expYear: 2040 }, 'expiry'],
      [{ card: VISA, email: 'a@b.co', expMonth: 1, expYear: 2001 }, 'expiry'],
      [{ card: VISA, email: 'a@b.co', cvc: '12' }, 'cvc'],
      [{ card: VISA, email: 'a@b.co' }, 'shipping.name'],
      [{ card: VISA, email: 'a@b.co', shipping: { name: 'A', line1: '1 Main', city: 'X', postalCode: '1', country: 'FR' } }, 'shipping.country'],
    ];
    for (const [payment, field] of attempts) {
      const result = await h.server.payCheckoutSession(created.id, payment);
      expect(result, field).toMatchObject({ ok: false, field });
    }
    expect(await allEvents(h.stripe)).toHaveLength(0);
    expect((await h.stripe.checkout.sessions.retrieve(created.id)).payment_intent).toBeNull();
  });

  it('collects the shipping address into the session, the PaymentIntent and the charge', async () => {
    const created = await h.stripe.checkout.sessions.create(sessionParams({ shipping_address_collection: { allowed_countries: ['US', 'CA'] } }));
    const shipping = { name: 'Ada Fan', line1: '1 Main St', line2: 'Apt 2', city: 'Springfield', state: 'IL', postalCode: '62701', country: 'US' };
    expect(await h.server.payCheckoutSession(created.id, { card: VISA, email: 'ada@example.com', shipping })).toEqual({ ok: true });
    const session = await h.stripe.checkout.sessions.retrieve(created.id, { expand: ['payment_intent.latest_charge'] });
    const address = { line1: '1 Main St', line2: 'Apt 2', city: 'Springfield', state: 'IL', postal_code: '62701', country: 'US' };
    expect(session.collected_information?.shipping_details).toEqual({ name: 'Ada Fan', address });
    expect(intentOf(session).shipping).toMatchObject({ name: 'Ada Fan', address });
    expect(chargeOf(intentOf(session)).shipping).toMatchObject({ name: 'Ada Fan', address });
  });

  it('lists sessions filtered by payment_intent and status', async () => {
    const a = await h.stripe.checkout.sessions.create(sessionParams());
    const b = await h.stripe.checkout.sessions.create(sessionParams());
    await h.server.payCheckoutSession(b.id, { card: VISA, email: 'fan@example.com' });
    const paid = await h.stripe.checkout.sessions.retrieve(b.id);
    if (typeof paid.payment_intent !== 'string') throw new Error('expected a payment intent id');
    const byIntent = await h.stripe.checkout.sessions.list({ payment_intent: paid.payment_intent });
    expect(byIntent.data.map((s) => s.id)).toEqual([b.id]);
    const open = await h.stripe.checkout.sessions.list({ status: 'open' });
    expect(open.data.map((s) => s.id)).toEqual([a.id]);
    const all = await h.stripe.checkout.sessions.list({ limit: 1 });
    expect(all.data.map((s) => s.id)).toEqual([b.id]);
    expect(all.has_more).toBe(true);
    const next = await h.stripe.checkout.sessions.list({ limit: 1, starting_after: b.id });
    expect(next.data.map((s) => s.id)).toEqual([a.id]);
    expect(next.has_more).toBe(false);
  });

  it('answers 404 resource_missing for an unknown session', async () => {
    await expect(h.stripe.checkout.sessions.retrieve('cs_test_nope')).rejects.toMatchObject({
      statusCode: 404,
      code: 'resource_missing',
      message: "No such checkout.session: 'cs_test_nope'",
    });
  });
});
