import { randomBytes } from 'node:crypto';
import Stripe from 'stripe';
import { memoryLogger } from '../../../src/main/core/log';
import { startRehearsalStripe, type RehearsalStripe } from '../../../src/main/core/payments/rehearsal';
import { connectHost, type HostClient } from '../../support/studio-harness';
import { startStudioProcess, type StudioProcess } from './studio-process';

/**
 * The headless studio as a creator runs it with a Stripe key, except that "Stripe" is the
 * project's Stripe-compatible server (in this process, so tests read its ledger with stripe-node),
 * which also delivers signed webhooks; the host is connected over the studio's WebSocket.
 */
export interface PaidStudio {
  stripeServer: RehearsalStripe;
  stripe: Stripe;
  studio: StudioProcess;
  host: HostClient;
}

export async function startPaidStudio(): Promise<PaidStudio> {
  const stripeServer = await startRehearsalStripe({ log: memoryLogger(), webhookRetry: { attempts: 5, baseDelayMs: 50 } });
  const stripe = new Stripe(stripeServer.apiKey, { ...stripeServer.stripeOptions, maxNetworkRetries: 0 });
  const webhookSecret = `whsec_${randomBytes(16).toString('hex')}`;
  const studio = await startStudioProcess({
    env: {
      STRIPE_SECRET_KEY: `sk_test_${randomBytes(12).toString('hex')}`,
      STRIPE_WEBHOOK_SECRET: webhookSecret,
      HOTSEAT_STRIPE_API_BASE: stripeServer.url,
    },
  });
  stripeServer.setWebhook({ url: `${studio.baseUrl}/api/stripe/webhook`, secret: webhookSecret });
  const host = await connectHost(studio.baseUrl, studio.hostToken);
  return { stripeServer, stripe, studio, host };
}
