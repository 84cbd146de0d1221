import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Stripe from 'stripe';
import { memoryLogger } from '../../../src/main/core/log';
import { startRehearsalStripe, type RehearsalStripe, type RehearsalStripeOptions } from '../../../src/main/core/payments/rehearsal';

export interface Harness {
  server: RehearsalStripe;
  stripe: Stripe;
  log: ReturnType<typeof memoryLogger>;
  close(): Promise<void>;
}

/** A rehearsal server plus a real stripe-node client talking to it over HTTP. */
export async function startHarness(options: RehearsalStripeOptions = {}): Promise<Harness> {
  const log = memoryLogger();
  const server = await startRehearsalStripe({ log, ...options });
  const stripe = stripeClient(server);
  return { server, stripe, log, close: () => server.close() };
}

export function stripeClient(server: RehearsalStripe, options: { maxNetworkRetries?: number; timeout?: number; apiKey?: string } = {}): Stripe {
  return new Stripe(options.apiKey ?? server.apiKey, {
    ...server.stripeOptions,
    maxNetworkRetries: options.maxNetworkRetries ?? 0,
    timeout: options.timeout ?? 5_000,
    telemetry: false,
  });
}

/** A manual clock: tests move time instead of waiting for it. */
export function manualClock(startMs = Date.UTC(2030, 0, 15, 12, 0, 0)): { now: () => number; advance(ms: number): void } {
  let current = startMs;
  return {
    now: () => current,
    advance: (ms) => {
      current += ms;
    },
  };
}

export function tempDir(): { path: string; remove(): void } {
  const path = mkdtempSync(join(tmpdir(), 'rehearsal-stripe-'));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

export function sessionParams(overrides: Partial<Stripe.Checkout.SessionCreateParams> = {}, nowMs = Date.now()): Stripe.Checkout.SessionCreateParams {
  return {
    mode: 'payment',
    line_items: [
      {
        quantity: 1,
        price_data: { currency: 'usd', unit_amount: 2500, product_data: { name: 'Hot seat: 5 min Q&A', description: 'On air with the host' } },
      },
    ],
    payment_intent_data: { capture_method: 'manual', metadata: { hotseat_purchase_id: 'pur_12345678' } },
    metadata: { hotseat_purchase_id: 'pur_12345678' },
    client_reference_id: 'pur_12345678',
    expires_at: Math.floor(nowMs / 1000) + 31 * 60,
    success_url: 'https://store.example.com/done?session={CHECKOUT_SESSION_ID}',
    cancel_url: 'https://store.example.com/cancel',
    ...overrides,
  };
}

export const VISA = '4242424242424242';
/** Succeeds, then the buyer's bank disputes the charge as fraudulent. */
export const DISPUTED_FRAUDULENT = '4000000000000259';
/** Succeeds, then the buyer's bank opens an inquiry (no money moves yet). */
export const DISPUTE_INQUIRY = '4000000000001976';
export const DECLINED = '4000000000000002';
export const INSUFFICIENT_FUNDS = '4000000000009995';

export interface PurchaseOptions {
  captureMethod?: 'manual' | 'automatic';
  amount?: number;
  currency?: string;
  card?: string;
  description?: string;
  /** The server's business clock, when the test replaced it (the session's expires_at depends on it). */
  nowMs?: number;
}

/** Creates a checkout session and pays it on the hosted page; returns the PaymentIntent id. */
export async function purchase(h: Harness, options: PurchaseOptions = {}): Promise<string> {
  const session = await h.stripe.checkout.sessions.create(
    sessionParams({
      payment_intent_data: {
        capture_method: options.captureMethod ?? 'automatic',
        ...(options.description ? { description: options.description } : {}),
      },
      line_items: [
        { quantity: 1, price_data: { currency: options.currency ?? 'usd', unit_amount: options.amount ?? 2500, product_data: { name: 'Item' } } },
      ],
    }, options.nowMs),
  );
  const result = await h.server.payCheckoutSession(session.id, { card: options.card ?? VISA, email: 'fan@example.com' });
  if (!result.ok) throw new Error(result.message);
  const paid = await h.stripe.checkout.sessions.retrieve(session.id);
  if (typeof paid.payment_intent !== 'string') throw new Error('no payment intent');
  return paid.payment_intent;
}

/** The intent's latest charge, read with `expand[]=latest_charge`. */
export async function latestCharge(stripe: Stripe, intentId: string): Promise<Stripe.Charge> {
  const intent = await stripe.paymentIntents.retrieve(intentId, { expand: ['latest_charge'] });
  if (typeof intent.latest_charge !== 'object' || intent.latest_charge === null) throw new Error('latest_charge not expanded');
  return intent.latest_charge;
}

/** Waits for a condition, polling; fails with the label when it does not hold in time. */
export async function waitFor<T>(read: () => T | Promise<T>, label: string, timeoutMs = 5_000): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${label}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

export async function allEvents(stripe: Stripe): Promise<Stripe.Event[]> {
  const events: Stripe.Event[] = [];
  for await (const event of stripe.events.list({ limit: 100 })) events.push(event);
  return events.reverse();
}

export interface ReceivedWebhook {
  body: string;
  signature: string;
  at: number;
}

/** An HTTP endpoint that records webhook deliveries and answers with statuses chosen by the test. */
export async function startWebhookReceiver(): Promise<{
  url: string;
  received: ReceivedWebhook[];
  /** Statuses for the next deliveries, in order; 200 once they run out. */
  respondWith(...statuses: number[]): void;
  close(): Promise<void>;
}> {
  const received: ReceivedWebhook[] = [];
  const queue: number[] = [];
  const server: Server = createServer((req: IncomingMessage, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      received.push({ body: Buffer.concat(chunks).toString('utf8'), signature: String(req.headers['stripe-signature'] ?? ''), at: Date.now() });
      res.statusCode = queue.shift() ?? 200;
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/webhook`,
    received,
    respondWith: (...statuses) => queue.push(...statuses),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
