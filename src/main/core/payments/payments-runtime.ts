import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import type Stripe from 'stripe';
import type { PaymentsStatus, StripeKeyInput } from '../../../shared/settings';
import { errorWith, failWith, ok, type AppErrorShape, type Result } from '../../../shared/result';
import type { Logger } from '../log';
import type { SecretStore } from '../secrets';
import { startEventPoller, type PollerHandle } from './event-poller';
import { StripeGateway } from './gateway';
import { ingestEvent, type IngestOutcome } from './ingest';
import type { PurchaseLedger } from './ledger';
import { startMoneyWorker, type MoneyWorkerHandle } from './money-worker';
import { startRehearsalStripe, type RehearsalStripe } from './rehearsal';
import { createStripeClient } from './stripe-client';

/**
 * Owns the live payment wiring: which Stripe (the creator's account, or the rehearsal server),
 * the poller, the money worker and webhook verification. Switching keys rebuilds all of it.
 */
export interface PaymentsOptions {
  dataDir: string;
  secrets: SecretStore;
  ledger: PurchaseLedger;
  log: Logger;
  /** Where the built-in rehearsal server's webhook delivers (the studio's own URL); null before listening. */
  localWebhookUrl: () => string | null;
  /** Base URL for rehearsal checkout pages as viewers reach them (the public URL when set). */
  rehearsalCheckoutBase: () => string | null;
  /** Path under which the studio's server mounts the rehearsal checkout page. */
  rehearsalPagePrefix: string;
  pollIntervalMs?: number;
  reconcileEveryMs?: number;
  moneyBackoffMs?: number;
  /** Send Stripe calls to a Stripe-compatible server (a standalone rehearsal server in tests). */
  stripeEndpointOverride?: { host: string; port: number; protocol: 'http' | 'https' };
}

export interface PaymentsRuntime {
  mode(): 'rehearsal' | 'stripe';
  gateway(): StripeGateway;
  status(): PaymentsStatus;
  rehearsal(): RehearsalStripe | null;
  /** Verifies a webhook's signature (throws a Stripe signature error when forged or stale). */
  constructWebhookEvent(rawBody: Buffer, signature: string): Stripe.Event;
  webhookConfigured(): boolean;
  ingest(event: Stripe.Event): Promise<IngestOutcome>;
  setKeys(input: StripeKeyInput): Promise<Result<PaymentsStatus>>;
  pollSoon(): void;
  kickMoneyWorker(): void;
  /** Re-reads the studio's own URLs (after it starts listening, or the public URL changed). */
  refreshUrls(): void;
  settle(): Promise<void>;
  close(): Promise<void>;
}

const WEBHOOK_TOLERANCE_SECONDS = 300;

interface Wiring {
  stripe: Stripe;
  gateway: StripeGateway;
  poller: PollerHandle;
  worker: MoneyWorkerHandle;
  rehearsal: RehearsalStripe | null;
  webhookSecret: string | null;
}

export async function startPayments(options: PaymentsOptions): Promise<PaymentsRuntime> {
  let wiring = await wire(options);

  const stop = async (w: Wiring) => {
    w.poller.stop();
    await w.worker.stop();
    await w.rehearsal?.close();
  };

  const mode = (): 'rehearsal' | 'stripe' => (wiring.rehearsal ? 'rehearsal' : 'stripe');
  const runtime: PaymentsRuntime = {
    mode,
    gateway: () => wiring.gateway,
    rehearsal: () => wiring.rehearsal,
    status: () => {
      const key = options.secrets.get('stripeSecretKey');
      return {
        mode: mode(),
        keyHint: key ? key.slice(-4) : null,
        webhookConfigured: wiring.webhookSecret !== null,
        lastPollAt: wiring.poller.lastPollAt(),
        lastError: wiring.poller.lastError() ?? wiring.worker.lastError(),
      };
    },
    constructWebhookEvent: (rawBody, signature) => {
      if (!wiring.webhookSecret) throw new Error('No webhook signing secret is configured.');
      return wiring.stripe.webhooks.constructEvent(rawBody, signature, wiring.webhookSecret, WEBHOOK_TOLERANCE_SECONDS);
    },
    webhookConfigured: () => wiring.webhookSecret !== null,
    ingest: async (event) => {
      const outcome = await ingestEvent(event, { gateway: wiring.gateway, ledger: options.ledger, log: options.log });
      wiring.worker.kick();
      return outcome;
    },
    setKeys: async (input) => {
      if (input.secretKey) {
        const refusal = await verifyKey(input.secretKey, options.stripeEndpointOverride);
        if (refusal) return { ok: false, error: refusal };
      }
      const previous = { key: options.secrets.get('stripeSecretKey'), hook: options.secrets.get('stripeWebhookSecret') };
      options.secrets.set('stripeSecretKey', input.secretKey);
      if (input.webhookSecret !== undefined) options.secrets.set('stripeWebhookSecret', input.webhookSecret);
      if (input.secretKey === null) options.secrets.set('stripeWebhookSecret', null);
      try {
        const next = await wire(options);
        await stop(wiring);
        wiring = next;
      } catch (error) {
        options.secrets.set('stripeSecretKey', previous.key);
        options.secrets.set('stripeWebhookSecret', previous.hook);
        return failWith('payment_provider', 'error.payments.switchFailed', { detail: error instanceof Error ? error.message : String(error) });
      }
      options.log.info('payments reconfigured', { mode: mode() });
      return ok(runtime.status());
    },
    pollSoon: () => void wiring.poller.pollNow(),
    refreshUrls: () => pointRehearsalAtStudio(wiring, options),
    kickMoneyWorker: () => wiring.worker.kick(),
    settle: async () => {
      await wiring.poller.pollNow();
      await wiring.worker.drain();
    },
    close: () => stop(wiring),
  };
  return runtime;
}

async function wire(options: PaymentsOptions): Promise<Wiring> {
  const key = options.secrets.get('stripeSecretKey');
  let rehearsal: RehearsalStripe | null = null;
  let stripe: Stripe;
  let webhookSecret: string | null;
  if (key) {
    stripe = createStripeClient({ secretKey: key, ...(options.stripeEndpointOverride ? { endpoint: options.stripeEndpointOverride } : {}) });
    webhookSecret = options.secrets.get('stripeWebhookSecret');
  } else {
    webhookSecret = `whsec_${randomBytes(24).toString('hex')}`;
    rehearsal = await startRehearsalStripe({
      dbPath: join(options.dataDir, 'rehearsal-stripe.sqlite'),
      host: '127.0.0.1',
      port: 0,
      pagePrefix: options.rehearsalPagePrefix,
      log: options.log,
    });
    stripe = createStripeClient({ secretKey: rehearsal.apiKey, endpoint: rehearsal.stripeOptions });
  }
  const gateway = new StripeGateway(stripe);
  const deps = { stripe, gateway, ledger: options.ledger, log: options.log };
  const poller = startEventPoller(deps, {
    intervalMs: options.pollIntervalMs ?? (rehearsal ? 1_000 : 2_000),
    reconcileEveryMs: options.reconcileEveryMs ?? 30_000,
  });
  const worker = startMoneyWorker(deps, options.moneyBackoffMs ? { baseBackoffMs: options.moneyBackoffMs } : {});
  const wiring = { stripe, gateway, poller, worker, rehearsal, webhookSecret };
  pointRehearsalAtStudio(wiring, options);
  return wiring;
}

function pointRehearsalAtStudio(wiring: Wiring, options: PaymentsOptions): void {
  if (!wiring.rehearsal || !wiring.webhookSecret) return;
  const webhookUrl = options.localWebhookUrl();
  const checkoutBase = options.rehearsalCheckoutBase();
  if (webhookUrl) wiring.rehearsal.setWebhook({ url: webhookUrl, secret: wiring.webhookSecret });
  if (checkoutBase) wiring.rehearsal.setCheckoutBaseUrl(checkoutBase);
}

/** A key is only saved once Stripe has accepted it, so a typo never silently stops payments. */
async function verifyKey(
  secretKey: string,
  endpoint: PaymentsOptions['stripeEndpointOverride'],
): Promise<AppErrorShape | null> {
  const stripe = createStripeClient({ secretKey, ...(endpoint ? { endpoint } : {}) });
  try {
    await stripe.events.list({ limit: 1 }, { maxNetworkRetries: 0, timeout: 8_000 });
    return null;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return errorWith('payment_provider', 'error.payments.keyRefused', { detail: message }, { secretKey: 'field.payments.keyRefused' });
  }
}
