import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { consoleLogger, type Logger } from '../../log';
import { createApiHandler } from './api-handler';
import { createDashboard, type Dashboard } from './dashboard';
import { immediate, openDatabase } from './db';
import { EventLog } from './event-log';
import { createFaults, type Faults } from './faults';
import { IdempotencyStore } from './idempotency';
import { ObjectStore } from './object-store';
import { NO_REQUEST, type OperationContext } from './operations/context';
import { hasDueWork, sweepDue } from './operations/expiry';
import { payCheckout, type CheckoutPayment } from './operations/pay-checkout';
import { createPageHandler } from './page-handler';
import { WebhookDispatcher, type WebhookRetry, type WebhookTarget } from './webhooks';

export interface RehearsalStripeOptions {
  /** SQLite file that keeps state across restarts; ':memory:' (the default) forgets on close. */
  dbPath?: string;
  host?: string;
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Origin (and optional path) in front of the checkout page in session URLs; this server's URL by default. */
  checkoutBaseUrl?: string;
  /** Path prefix of the hosted checkout page, `/checkout/` by default. */
  pagePrefix?: string;
  webhook?: WebhookTarget | null;
  /** Business clock in milliseconds (created, expires_at, expiry sweeps); Date.now by default. */
  now?: () => number;
  webhookRetry?: WebhookRetry;
  /** How often open sessions are checked for expiry; reads also check. 1000 ms by default. */
  sweepIntervalMs?: number;
  log?: Logger;
}

export type PayCheckoutResult =
  | { ok: true }
  | { ok: false; code: string; message: string; field?: string; declineCode?: string | null };

export interface RehearsalStripe {
  url: string;
  port: number;
  /** Spread into `new Stripe(apiKey, { ...stripeOptions })`. */
  stripeOptions: { host: string; port: number; protocol: 'http' };
  /** A key this server accepts (any sk_test_… or rk_test_… works). */
  apiKey: string;
  /** Stripe's `/v1` API. */
  handleApi(req: IncomingMessage, res: ServerResponse): void;
  /** The hosted checkout page; false when the path is not under the page prefix. */
  handlePage(req: IncomingMessage, res: ServerResponse): boolean;
  setWebhook(target: WebhookTarget | null): void;
  setCheckoutBaseUrl(url: string): void;
  /** Exactly what submitting the hosted checkout form does. */
  payCheckoutSession(sessionId: string, payment: CheckoutPayment): Promise<PayCheckoutResult>;
  /** What the creator (or the buyer's bank) does outside Hotseat: late refunds and disputes. */
  dashboard: Dashboard;
  faults: Faults;
  close(): Promise<void>;
}

export const REHEARSAL_API_KEY = 'sk_test_rehearsal';

export async function startRehearsalStripe(options: RehearsalStripeOptions = {}): Promise<RehearsalStripe> {
  const log = options.log ?? consoleLogger('rehearsal-stripe');
  const nowMs = options.now ?? Date.now;
  const prefix = normalizePrefix(options.pagePrefix ?? '/checkout/');
  const configuredBase = options.checkoutBaseUrl === undefined ? null : baseUrl(options.checkoutBaseUrl);
  const db = openDatabase(options.dbPath ?? ':memory:');
  const faults = createFaults();
  const objects = new ObjectStore(db);
  let dispatcher: WebhookDispatcher | null = null;
  const events = new EventLog(db, {
    webhookActive: () => dispatcher?.active() ?? false,
    appended: () => dispatcher?.kick(),
  });
  dispatcher = new WebhookDispatcher(db, events, faults, log, options.webhookRetry);
  const webhooks = dispatcher;
  const idempotency = new IdempotencyStore(db);
  const background: OperationContext = { objects, events, nowMs, request: NO_REQUEST };
  const sweep = () => {
    if (hasDueWork(background)) immediate(db, () => sweepDue(background));
  };

  let checkoutBase = '';
  const checkoutUrl = (sessionId: string) => `${checkoutBase}${prefix}${sessionId}`;
  const pay = (sessionId: string, payment: CheckoutPayment) => immediate(db, () => payCheckout(background, sessionId, payment));

  const dashboard = createDashboard(db, { objects, events, nowMs }, sweep);
  const handleApi = createApiHandler({ db, objects, events, idempotency, faults, env: { nowMs, checkoutUrl }, sweep, log });
  const handlePage = createPageHandler({ prefix: () => prefix, objects, sweep, pay, log });
  const server = createServer((req, res) => {
    if (!handlePage(req, res)) handleApi(req, res);
  });
  const host = options.host ?? '127.0.0.1';
  try {
    await listen(server, options.port ?? 0, host);
    if (options.webhook) webhooks.setTarget(options.webhook);
  } catch (error) {
    // Nothing outlives a failed start: a listening socket would keep the process alive, the database its file.
    if (server.listening) server.close();
    await webhooks.close();
    db.close();
    throw error;
  }
  const port = (server.address() as AddressInfo).port;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  checkoutBase = configuredBase ?? baseUrl(url);

  const timer = setInterval(() => {
    try {
      sweep();
      idempotency.prune(nowMs());
    } catch (error) {
      log.error('rehearsal stripe sweep failed', { error });
    }
  }, options.sweepIntervalMs ?? 1000);
  timer.unref();

  let closing: Promise<void> | null = null;
  return {
    url,
    port,
    stripeOptions: { host, port, protocol: 'http' },
    apiKey: REHEARSAL_API_KEY,
    handleApi,
    handlePage,
    setWebhook: (target) => webhooks.setTarget(target),
    setCheckoutBaseUrl: (next) => {
      checkoutBase = baseUrl(next);
    },
    payCheckoutSession: (sessionId, payment) =>
      Promise.resolve().then((): PayCheckoutResult => {
        const outcome = pay(sessionId, payment);
        if (outcome.ok) return { ok: true };
        const { code, message, field, declineCode } = outcome;
        return { ok: false, code, message, ...(field ? { field } : {}), ...(declineCode ? { declineCode } : {}) };
      }),
    dashboard,
    faults,
    close: () => {
      closing ??= (async () => {
        clearInterval(timer);
        await webhooks.close();
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeAllConnections();
        });
        db.close();
      })();
      return closing;
    },
  };
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

function normalizePrefix(prefix: string): string {
  if (!/^\/[A-Za-z0-9/_-]*$/.test(prefix)) throw new Error(`page prefix must be a path like /checkout/, got ${prefix}`);
  return prefix.endsWith('/') ? prefix : `${prefix}/`;
}

function baseUrl(text: string): string {
  const parsed = new URL(text);
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new Error(`checkout base URL must be http(s), got ${text}`);
  if (parsed.search || parsed.hash) throw new Error('checkout base URL must not contain a query or fragment');
  return `${parsed.origin}${parsed.pathname.replace(/\/+$/, '')}`;
}
