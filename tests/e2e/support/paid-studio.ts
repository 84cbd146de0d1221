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
  /**
   * Kills the studio process (`SIGKILL`: a crash; or `SIGTERM`) and starts it again on the same
   * port and data folder, as the creator relaunching it mid-show; `studio` and `host` are replaced.
   */
  restart(signal?: 'SIGKILL' | 'SIGTERM'): Promise<void>;
}

export async function startPaidStudio(): Promise<PaidStudio> {
  const stripeServer = await startRehearsalStripe({ log: memoryLogger(), webhookRetry: { attempts: 5, baseDelayMs: 50 } });
  const stripe = new Stripe(stripeServer.apiKey, { ...stripeServer.stripeOptions, maxNetworkRetries: 0 });
  const webhookSecret = `whsec_${randomBytes(16).toString('hex')}`;
  const env = {
    STRIPE_SECRET_KEY: `sk_test_${randomBytes(12).toString('hex')}`,
    STRIPE_WEBHOOK_SECRET: webhookSecret,
    HOTSEAT_STRIPE_API_BASE: stripeServer.url,
  };
  const studio = await startStudioProcess({ env });
  stripeServer.setWebhook({ url: `${studio.baseUrl}/api/stripe/webhook`, secret: webhookSecret });
  const host = await connectHost(studio.baseUrl, studio.hostToken);
  const paid: PaidStudio = {
    stripeServer,
    stripe,
    studio,
    host,
    async restart(signal = 'SIGKILL') {
      paid.host.client.stop();
      await (signal === 'SIGKILL' ? paid.studio.kill() : paid.studio.stop());
      paid.studio = await startStudioProcess({ env, dataDir: paid.studio.dataDir, port: Number(new URL(paid.studio.baseUrl).port) });
      paid.host = await connectHost(paid.studio.baseUrl, paid.studio.hostToken);
    },
  };
  return paid;
}
