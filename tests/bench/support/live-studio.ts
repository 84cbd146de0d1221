import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Stripe from 'stripe';
import type { CheckoutResponse } from '../../../src/shared/store-api';
import type { Offer } from '../../../src/shared/offers';
import { memoryLogger } from '../../../src/main/core/log';
import { startRehearsalStripe, type RehearsalStripe } from '../../../src/main/core/payments/rehearsal';
import { connectHost, payOnCheckoutPage, type HostClient } from '../../support/studio-harness';
import { startStudioChild, type StudioChild } from './studio-child';

/**
 * The headless studio in its own process (support/studio-entry.ts: serve.ts's composition), taking payments
 * from a standalone Stripe-compatible server in this process, with the host connected over the real
 * WebSocket through the studio page's own client. Webhooks on or off: without them the studio only
 * learns about payments by polling the Events API, as it does behind NAT.
 */
export interface LiveStudio {
  studio: StudioChild;
  stripeServer: RehearsalStripe;
  stripe: Stripe;
  host: HostClient;
  webhooks: boolean;
  /** A live show with hot seat offers, created through host commands. */
  seatOffer(name: 'queue' | 'decisions'): Extract<Offer, { kind: 'hotseat' }>;
  /** A viewer reserves a hot seat (POST /api/checkout) and gets the payment page. */
  checkout(offerId: string, buyerName: string): Promise<CheckoutResponse>;
  /** The viewer submits the payment page's form: the moment the payment completes at Stripe. */
  pay(checkoutUrl: string): Promise<void>;
  close(): Promise<void>;
}

/** The interval the studio polls Stripe's Events API at when it has a real key and no webhook. */
export const STRIPE_POLL_INTERVAL_MS = 2_000;

let buyers = 0;

export async function startLiveStudio(options: { webhooks: boolean }): Promise<LiveStudio> {
  const stripeServer = await startRehearsalStripe({ log: memoryLogger(), webhookRetry: { attempts: 5, baseDelayMs: 50 } });
  const stripe = new Stripe(stripeServer.apiKey, { ...stripeServer.stripeOptions, maxNetworkRetries: 0 });
  const webhookSecret = `whsec_${randomBytes(16).toString('hex')}`;
  let studio: StudioChild | null = null;
  let host: HostClient | null = null;
  const close = async () => {
    host?.client.stop();
    await studio?.stop();
    await stripeServer.close();
  };
  try {
    studio = await startStudioChild({
      args: ['tests/bench/support/studio-entry.ts', mkdtempSync(join(tmpdir(), 'hotseat-bench-'))],
      env: {
        BENCH_POLL_INTERVAL_MS: String(STRIPE_POLL_INTERVAL_MS),
        STRIPE_SECRET_KEY: `sk_test_${randomBytes(12).toString('hex')}`,
        ...(options.webhooks ? { STRIPE_WEBHOOK_SECRET: webhookSecret } : {}),
        HOTSEAT_STRIPE_API_BASE: stripeServer.url,
      },
    });
    if (options.webhooks) stripeServer.setWebhook({ url: `${studio.baseUrl}/api/stripe/webhook`, secret: webhookSecret });
    host = await connectHost(studio.baseUrl, studio.hostToken);
    const show = await host.command('show.create', { title: 'Benchmark Night', slug: `bench-${randomBytes(4).toString('hex')}`, currency: 'usd' });
    const seat = async (title: string) =>
      (await host!.command('offer.create', {
        showId: show.id,
        offer: { kind: 'hotseat', title, format: 'qa', price: 2500, minutes: 5, perShow: 200, perBuyer: 1, questionRequired: false },
      })) as Extract<Offer, { kind: 'hotseat' }>;
    const offers = { queue: await seat('Hot seat Q&A'), decisions: await seat('Hot seat chat') };
    await host.command('show.setStatus', { showId: show.id, status: 'live' });
    const baseUrl = studio.baseUrl;
    return {
      studio,
      stripeServer,
      stripe,
      host,
      webhooks: options.webhooks,
      seatOffer: (name) => offers[name],
      checkout: async (offerId, buyerName) => {
        buyers += 1;
        const response = await fetch(`${baseUrl}/api/checkout`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ offerId, buyerName, buyerKey: `bench-buyer-${String(buyers).padStart(8, '0')}` }),
        });
        if (response.status !== 201) throw new Error(`checkout refused: ${response.status} ${await response.text()}`);
        return (await response.json()) as CheckoutResponse;
      },
      pay: async (checkoutUrl) => {
        const response = await payOnCheckoutPage(checkoutUrl);
        if (response.status !== 303) throw new Error(`payment refused: ${response.status} ${await response.text()}`);
      },
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}
