import type { Logger } from './log';
import type { NetworkSettings } from '../../shared/settings';
import type { NgrokApi } from './public/ngrok-tunnel';
import type { PublicTiming } from './public/public-address-service';
import type { ReachCheck } from './public/reach-check';
import type { SecretStore } from './secrets';
import type { MailWorkerOptions } from './mail/mail-worker';

/**
 * The studio core, composed: database, payments (Stripe or rehearsal), HTTP + WebSocket server.
 * Both entry points use it: the Electron shell (src/main/index.ts) and headless `serve`.
 */
export interface StudioOptions {
  dataDir: string;
  /** 0 picks a free port. */
  port: number;
  /** Overrides the stored bind address setting (loopback by default). */
  host?: string;
  secrets: SecretStore;
  version: string;
  /** Left out: the terminal and rotated files in `logsDir`. */
  log?: Logger;
  /** Where the log files are (what "Save logs for support" bundles); default `<dataDir>/logs`. */
  logsDir?: string;
  /** Where the built renderer pages are (out/renderer). */
  pagesDir: string;
  /**
   * Send Stripe API calls to a Stripe-compatible server instead of api.stripe.com (a standalone
   * rehearsal server in tests and fault drills). Only used when a Stripe key is set.
   */
  stripeEndpoint?: { host: string; port: number; protocol: 'http' | 'https' };
  /**
   * Going public from the command line (`serve --ssh-host …`, `--ngrok`, `--public-url`): saved
   * into the network settings at start, so the studio page shows what the flags chose.
   */
  publicAccess?: { network: Partial<NetworkSettings>; trustedHostKey?: string };
  /** TURN server addresses saved at start (headless `--turn-url`); the secret comes in `secrets`. */
  turnUrls?: string[];
}

export interface Studio {
  /** Base URL the server listens on, e.g. http://127.0.0.1:4870 */
  url: string;
  /** The studio page URL carrying the host token in its fragment. */
  studioUrl: string;
  hostToken: string;
  /** Every HTTP route the server answers, method and pattern (for the fuzz coverage test). */
  routes(): readonly { method: string; url: string }[];
  close(): Promise<void>;
}

/** Tuning knobs tests and benchmarks turn; a creator never needs them. */
export interface StudioTuning {
  pollIntervalMs?: number;
  reconcileEveryMs?: number;
  moneyBackoffMs?: number;
  limits?: Partial<StudioLimits>;
  /** Buyer email: retry schedule, attempts, SMTP timeouts (core/mail). */
  mail?: Partial<MailWorkerOptions>;
  /** Going public: a stand-in reach check, faster reconnects, a fake ngrok library. */
  publicAddress?: { check?: (instanceId: string) => ReachCheck; timing?: Partial<PublicTiming>; ngrokApi?: () => Promise<NgrokApi> };
}

/** Per-client limits on the public surface (client = network address, see server/client-address.ts). */
export interface StudioLimits {
  readsPerMinute: number;
  checkoutsPerMinute: number;
  /** "Send my receipts again" requests per client (each address has its own limit too: mail-runtime.ts). */
  receiptResendsPerMinute: number;
  /** Unpaid checkouts one client may hold per offer with limited stock (queue/open-checkouts.ts). */
  openCheckoutsPerClient: number;
  /** Wrong tokens (join, invite, receipt, host, program key) one client may try per window. */
  wrongTokens: { max: number; windowMs: number };
}

export const DEFAULT_LIMITS: StudioLimits = {
  readsPerMinute: 600,
  checkoutsPerMinute: 30,
  receiptResendsPerMinute: 5,
  openCheckoutsPerClient: 3,
  wrongTokens: { max: 20, windowMs: 10 * 60_000 },
};
