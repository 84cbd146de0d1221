import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type Stripe from 'stripe';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { allEvents, sessionParams, startHarness, type Harness } from './helpers';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  await h.close();
});

function post(url: string, fields: Record<string, string>, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(url, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'sec-fetch-site': 'same-origin', ...headers },
    body: new URLSearchParams(fields).toString(),
  });
}

const CARD = { card_number: '4242 4242 4242 4242', card_expiry: '12 / 34', card_cvc: '123', card_name: 'Ada Fan' };

async function createSession(overrides: Partial<Stripe.Checkout.SessionCreateParams> = {}): Promise<Stripe.Checkout.Session> {
  return h.stripe.checkout.sessions.create(sessionParams(overrides));
}

describe('GET /checkout/:id', () => {
  it('renders a labelled rehearsal payment page with the items, total and form', async () => {
    const session = await createSession({ customer_email: 'fan@example.com' });
    const response = await fetch(session.url ?? '');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toMatch(/default-src 'none'/);
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    const html = await response.text();
    expect(html).toContain('Rehearsal checkout — no real money');
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('name="viewport"');
    expect(html).toContain('Hot seat: 5 min Q&amp;A');
    expect(html).toContain('$25.00');
    expect(html).toContain(`action="/checkout/${session.id}/pay"`);
    expect(html).toMatch(/<input id="email" name="email" type="email" autocomplete="email" value="fan@example.com"[^>]*readonly/);
    expect(html).toMatch(/<label for="card-number">Card number<\/label><input id="card-number"[^>]*autocomplete="cc-number"/);
    expect(html).toContain('autocomplete="cc-exp"');
    expect(html).toContain('autocomplete="cc-csc"');
    expect(html).toContain('Authorize $25.00');
    expect(html).toContain('href="https://store.example.com/cancel"');
    expect(html).not.toContain('Shipping address');
    expect(html).not.toMatch(/<script/i);
  });

  it('escapes everything the seller or buyer wrote', async () => {
    const session = await createSession({
      line_items: [
        {
          quantity: 1,
          price_data: { currency: 'usd', unit_amount: 900, product_data: { name: '<script>alert("x")</script> & Co', description: `It's "great" <b>` } },
        },
      ],
      cancel_url: 'https://store.example.com/back?x="><img src=x onerror=alert(1)>',
    });
    const html = await (await fetch(session.url ?? '')).text();
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co');
    expect(html).toContain('It&#39;s &quot;great&quot; &lt;b&gt;');
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<b>');
  });

  it('shows a shipping form with only the allowed countries', async () => {
    const session = await createSession({ shipping_address_collection: { allowed_countries: ['US', 'CA'] } });
    const html = await (await fetch(session.url ?? '')).text();
    expect(html).toContain('Shipping address');
    const options = [...html.matchAll(/<option value="([A-Z]{2})"[^>]*>([^<]+)<\/option>/g)].map((m) => [m[1], m[2]]);
    expect(options).toEqual([
      ['US', 'United States'],
      ['CA', 'Canada'],
    ]);
    expect(html).toContain('autocomplete="shipping address-line1"');
  });

  it('shows a clear message instead of the form for expired and completed sessions', async () => {
    const expired = await createSession();
    await h.stripe.checkout.sessions.expire(expired.id);
    const expiredHtml = await (await fetch(`${h.server.url}/checkout/${expired.id}`)).text();
    expect(expiredHtml).toContain('This checkout has expired');
    expect(expiredHtml).not.toContain('<form');

    const paid = await createSession();
    await h.server.payCheckoutSession(paid.id, { card: '4242424242424242', email: 'fan@example.com' });
    const paidHtml = await (await fetch(`${h.server.url}/checkout/${paid.id}`)).text();
    expect(paidHtml).toContain('Payment complete');
    expect(paidHtml).toContain(`href="https://store.example.com/done?session=${paid.id}"`);
    expect(paidHtml).not.toContain('<form');
  });

  it('answers 404 for an unknown session or path and 405 for a wrong method', async () => {
    expect((await fetch(`${h.server.url}/checkout/cs_test_doesnotexist`)).status).toBe(404);
    expect((await fetch(`${h.server.url}/checkout/not-a-session`)).status).toBe(404);
    const session = await createSession();
    expect((await fetch(`${h.server.url}/checkout/${session.id}/elsewhere`)).status).toBe(404);
    expect((await fetch(`${h.server.url}/checkout/${session.id}`, { method: 'POST' })).status).toBe(405);
    expect((await fetch(`${h.server.url}/checkout/${session.id}/pay`)).status).toBe(405);
  });
});

describe('POST /checkout/:id/pay', () => {
  it('completes the session and redirects 303 to success_url with the session id', async () => {
    const session = await createSession({ shipping_address_collection: { allowed_countries: ['US', 'CA'] } });
    const response = await post(`${h.server.url}/checkout/${session.id}/pay`, {
      email: 'fan@example.com',
      ...CARD,
      shipping_name: 'Ada Fan',
      shipping_line1: '1 Main St',
      shipping_line2: '',
      shipping_city: 'Toronto',
      shipping_state: 'ON',
      shipping_postal_code: 'M5V 2T6',
      shipping_country: 'CA',
    });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe(`https://store.example.com/done?session=${session.id}`);
    const done = await h.stripe.checkout.sessions.retrieve(session.id, { expand: ['payment_intent.latest_charge'] });
    expect(done.status).toBe('complete');
    expect(done.customer_details?.email).toBe('fan@example.com');
    expect(done.customer_details?.name).toBe('Ada Fan');
    expect(done.collected_information?.shipping_details?.address).toMatchObject({ city: 'Toronto', country: 'CA', line2: null });
    const charge = (done.payment_intent as Stripe.PaymentIntent).latest_charge as Stripe.Charge;
    expect(charge.payment_method_details?.card).toMatchObject({ last4: '4242', exp_month: 12, exp_year: 2034 });
  });

  it('re-renders a declined card with the error, keeps the session open, and never echoes the card', async () => {
    const session = await createSession();
    const response = await post(`${h.server.url}/checkout/${session.id}/pay`, {
      email: 'fan@example.com',
      ...CARD,
      card_number: '4000 0000 0000 9995',
    });
    expect(response.status).toBe(402);
    const html = await response.text();
    expect(html).toMatch(/<div class="error-summary" role="alert" id="form-error"><p>Your card has insufficient funds\.<\/p><\/div>/);
    expect(html).toMatch(/id="card-number"[^>]*aria-invalid="true" aria-describedby="form-error"/);
    expect(html).toContain('value="fan@example.com"');
    expect(html).toMatch(/<input id="card-number" name="card_number" type="text" autocomplete="cc-number" value=""/);
    expect(html).toMatch(/<input id="card-cvc" [^>]*value=""/);
    expect((await h.stripe.checkout.sessions.retrieve(session.id)).status).toBe('open');
    expect((await allEvents(h.stripe)).map((e) => e.type)).toContain('payment_intent.payment_failed');
  });

  it('refuses incomplete input with a specific message and changes nothing', async () => {
    const session = await createSession();
    const response = await post(`${h.server.url}/checkout/${session.id}/pay`, { email: 'fan@example.com', ...CARD, card_expiry: 'soon' });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('Your card&#39;s expiration date is incomplete.');
    expect(await allEvents(h.stripe)).toHaveLength(0);
  });

  it('shows the expired page when paying too late', async () => {
    const session = await createSession();
    await h.stripe.checkout.sessions.expire(session.id);
    const response = await post(`${h.server.url}/checkout/${session.id}/pay`, { email: 'fan@example.com', ...CARD });
    expect(response.status).toBe(409);
    expect(await response.text()).toContain('This checkout has expired');
  });

  it('refuses cross-site form posts', async () => {
    const session = await createSession();
    const url = `${h.server.url}/checkout/${session.id}/pay`;
    expect((await post(url, { email: 'fan@example.com', ...CARD }, { 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    const fromElsewhere = await fetch(url, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'https://evil.example' },
      body: new URLSearchParams({ email: 'fan@example.com', ...CARD }).toString(),
    });
    expect(fromElsewhere.status).toBe(403);
    expect((await h.stripe.checkout.sessions.retrieve(session.id)).status).toBe('open');
  });
});

describe('mounting the page in another server', () => {
  it('serves under the studio URL and leaves other paths to the host server', async () => {
    const studio = createServer((req, res) => {
      if (h.server.handlePage(req, res)) return;
      res.statusCode = 418;
      res.end('studio route');
    });
    await new Promise<void>((resolve) => studio.listen(0, '127.0.0.1', resolve));
    const studioUrl = `http://127.0.0.1:${(studio.address() as AddressInfo).port}`;
    try {
      h.server.setCheckoutBaseUrl(`${studioUrl}/`);
      const session = await createSession();
      expect(session.url).toBe(`${studioUrl}/checkout/${session.id}`);
      const page = await fetch(session.url ?? '');
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('Rehearsal checkout — no real money');
      const paid = await post(`${studioUrl}/checkout/${session.id}/pay`, { email: 'fan@example.com', ...CARD });
      expect(paid.status).toBe(303);
      const other = await fetch(`${studioUrl}/store`);
      expect(other.status).toBe(418);
    } finally {
      await new Promise<void>((resolve) => studio.close(() => resolve()));
    }
  });

  it('honours a custom page prefix', async () => {
    const custom = await startHarness({ pagePrefix: '/rehearsal-pay', checkoutBaseUrl: 'https://show.example.com/base/' });
    try {
      const session = await custom.stripe.checkout.sessions.create(sessionParams());
      expect(session.url).toBe(`https://show.example.com/base/rehearsal-pay/${session.id}`);
      expect((await fetch(`${custom.server.url}/rehearsal-pay/${session.id}`)).status).toBe(200);
      expect((await fetch(`${custom.server.url}/checkout/${session.id}`)).status).toBe(404);
    } finally {
      await custom.close();
    }
  });
});
