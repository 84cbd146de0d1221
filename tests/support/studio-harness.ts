import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Stripe from 'stripe';
import WebSocket from 'ws';
import type { CommandInput, CommandName, CommandOutput } from '../../src/shared/commands';
import type { StudioEvent } from '../../src/shared/events';
import type { Purchase } from '../../src/shared/purchases';
import type { CheckoutResponse } from '../../src/shared/store-api';
import { memoryLogger } from '../../src/main/core/log';
import { startRehearsalStripe, type RehearsalStripe } from '../../src/main/core/payments/rehearsal';
import { memorySecretStore, type SecretName } from '../../src/main/core/secrets';
import { startStudio } from '../../src/main/core/compose';
import { PAGE_ROUTES } from '../../src/main/core/server/routes/pages';
import type { Studio, StudioLimits, StudioOptions, StudioTuning } from '../../src/main/core/studio';
import { StudioClient } from '../../src/renderer/lib/studio-client';
import { webSocketUrl } from '../../src/renderer/lib/socket';
import { waitFor } from './wait-for';

/**
 * A real studio core in this process, taking "real" Stripe payments from a standalone
 * Stripe-compatible server (as a creator's studio talks to api.stripe.com), with a host connected
 * over the real WebSocket through the same client the studio page uses.
 */
export interface TestStudio {
  studio: Studio;
  stripeServer: RehearsalStripe;
  /** stripe-node on the Stripe side, to check the ledger as Stripe sees it. */
  stripe: Stripe;
  host: HostClient;
  log: ReturnType<typeof memoryLogger>;
  dataDir: string;
  /** The signing secret the studio was given (as a creator pastes it from Stripe's dashboard). */
  webhookSecret: string;
  /** Stops the studio (the Stripe side stays up and keeps taking payments). */
  stop(): Promise<void>;
  /** Starts the studio again on the same data folder, with a fresh host connection. */
  start(): Promise<void>;
  close(): Promise<void>;
}

export interface HostClient {
  client: StudioClient;
  events: StudioEvent[];
  command<N extends CommandName>(name: N, input: CommandInput<N>): Promise<CommandOutput<N>>;
  purchase(id: string): Purchase | undefined;
}

export async function startTestStudio(options: {
  webhooks: boolean;
  pollIntervalMs?: number;
  dataDir?: string;
  /** Per-client limits over the test's generous ones (the defaults a creator gets: DEFAULT_LIMITS). */
  limits?: Partial<StudioLimits>;
  /** Going public: saved network settings, secrets (an SSH key, an ngrok token) and tuning. */
  publicAccess?: StudioOptions['publicAccess'];
  secrets?: Partial<Record<SecretName, string>>;
  publicTuning?: StudioTuning['publicAddress'];
  /** Buyer email's retry schedule and SMTP timeouts (core/mail). */
  mailTuning?: StudioTuning['mail'];
}): Promise<TestStudio> {
  const stripeServer = await startRehearsalStripe({ webhookRetry: { attempts: 5, baseDelayMs: 20 }, log: memoryLogger() });
  const webhookSecret = `whsec_${randomBytes(16).toString('hex')}`;
  const secrets = memorySecretStore({
    stripeSecretKey: `sk_test_${randomBytes(12).toString('hex')}`,
    ...(options.webhooks ? { stripeWebhookSecret: webhookSecret } : {}),
    ...options.secrets,
  });
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'hotseat-core-'));
  const pagesDir = fakePagesDir();
  const log = memoryLogger();

  const boot = async () => {
    const studio = await startStudio({
      dataDir,
      port: 0,
      secrets,
      version: 'test',
      log,
      pagesDir,
      stripeEndpoint: stripeServer.stripeOptions,
      ...(options.publicAccess ? { publicAccess: options.publicAccess } : {}),
      tuning: {
        ...(options.publicTuning ? { publicAddress: options.publicTuning } : {}),
        ...(options.mailTuning ? { mail: options.mailTuning } : {}),
        pollIntervalMs: options.pollIntervalMs ?? (options.webhooks ? 60_000 : 100),
        reconcileEveryMs: 60_000,
        moneyBackoffMs: 50,
        limits: { readsPerMinute: 10_000, checkoutsPerMinute: 10_000, openCheckoutsPerClient: 10_000, wrongTokens: { max: 100_000, windowMs: 60_000 }, ...options.limits },
      },
    });
    if (options.webhooks) stripeServer.setWebhook({ url: `${studio.url}/api/stripe/webhook`, secret: webhookSecret });
    return { studio, host: await connectHost(studio.url, studio.hostToken) };
  };

  const stripe = new Stripe(stripeServer.apiKey, { ...stripeServer.stripeOptions, maxNetworkRetries: 0 });
  const t: TestStudio = {
    ...(await boot()),
    stripeServer,
    stripe,
    log,
    dataDir,
    webhookSecret,
    stop: async () => {
      t.host.client.stop();
      await t.studio.close();
      stripeServer.setWebhook(null);
    },
    start: async () => {
      Object.assign(t, await boot());
    },
    close: async () => {
      t.host.client.stop();
      await t.studio.close();
      await stripeServer.close();
    },
  };
  return t;
}

export async function connectHost(baseUrl: string, token: string): Promise<HostClient> {
  const client = new StudioClient({ url: webSocketUrl(baseUrl), token, WebSocket: WebSocket });
  const events: StudioEvent[] = [];
  const purchases = new Map<string, Purchase>();
  client.onEvent((event) => {
    events.push(event);
    if (event.type === 'purchase.upserted') purchases.set(event.purchase.id, event.purchase);
  });
  client.start();
  await waitFor('host connection', () => client.state.get().status === 'online');
  return {
    client,
    events,
    purchase: (id) => purchases.get(id),
    command: async (name, input) => {
      const result = await client.command(name, input);
      if (!result.ok) throw new Error(`${name} refused: ${result.error.code} ${result.error.message}`);
      return result.value;
    },
  };
}

/** The core refuses to start without built pages; unit tests need only their files to exist. */
export function fakePagesDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'hotseat-pages-'));
  // Every page the server routes to (a missing file would answer 500, which the fuzzer counts as a crash).
  for (const page of new Set(Object.values(PAGE_ROUTES).map((file) => file.split('/')[0] ?? file))) {
    mkdirSync(join(dir, page));
    writeFileSync(join(dir, page, 'index.html'), `<!doctype html><title>${page}</title>`);
  }
  return dir;
}

/** Pays a checkout session the way a viewer does: by posting the hosted checkout page's form. */
export async function payOnCheckoutPage(
  checkoutUrl: string,
  fields: { card?: string; email?: string; shipping?: Record<string, string> } = {},
): Promise<Response> {
  const url = new URL(checkoutUrl);
  const body = new URLSearchParams({
    email: fields.email ?? 'viewer@example.com',
    card_number: fields.card ?? '4242424242424242',
    card_expiry: '12 / 34',
    card_cvc: '123',
    card_name: 'Test Viewer',
    ...(fields.shipping ?? {}),
  });
  return fetch(`${url.origin}${url.pathname}/pay`, { method: 'POST', body, redirect: 'manual' });
}

/** A viewer's order through the public HTTP API, as the store page sends it. */
export async function postCheckout(
  baseUrl: string,
  fields: Record<string, unknown>,
): Promise<{ status: number; body: CheckoutResponse & { error?: { code: string; message: string } } }> {
  const response = await fetch(`${baseUrl}/api/checkout`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ buyerKey: `buyer-${randomBytes(8).toString('hex')}`, ...fields }),
  });
  return { status: response.status, body: (await response.json()) as CheckoutResponse & { error?: { code: string; message: string } } };
}
