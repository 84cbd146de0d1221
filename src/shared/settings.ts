import { z } from 'zod';
import { PublicMode } from './public-address';
import { Locale } from './i18n/locale';

const hostName = z
  .string()
  .trim()
  .min(1, 'field.needsServer')
  .max(253)
  .regex(/^[A-Za-z0-9.-]+$|^\[?[0-9A-Fa-f:.]+\]?$/, 'field.serverHost');

/** "Own server": the studio opens an SSH reverse tunnel to it; Caddy there terminates TLS (docs/PUBLIC.md). */
export const OwnServerSettings = z.object({
  host: hostName,
  sshPort: z.number().int().min(1, 'field.port').max(65_535, 'field.port').default(22),
  username: z
    .string()
    .trim()
    .regex(/^[a-z_][a-z0-9_.-]{0,31}$/i, 'field.serverUser'),
  /** The port the server's reverse proxy forwards to; the tunnel binds it on the server's loopback only. */
  remotePort: z.number().int().min(1024, 'field.highPort').max(65_535, 'field.highPort'),
  /** The HTTPS address viewers use, served by the reverse proxy on that server. */
  publicUrl: z
    .string()
    .url('field.fullUrl')
    .refine((u) => /^https:\/\//.test(u), 'field.httpsOnly')
    .refine((u) => !/[?#]/.test(u), 'field.noQuery'),
});
export type OwnServerSettings = z.infer<typeof OwnServerSettings>;

export const NgrokSettings = z.object({
  /** The creator's reserved ngrok domain (stable across shows); null lets ngrok pick one. */
  domain: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^([a-z0-9-]+\.)+[a-z]{2,}$/, 'field.ngrokDomain')
    .nullable(),
});
export type NgrokSettings = z.infer<typeof NgrokSettings>;

/** Studio settings the host edits. Secrets (Stripe key, webhook secret) are never part of these. */
export const NetworkSettings = z.object({
  /** Loopback by default; 0.0.0.0 (or a LAN address) only when the host asks for it. */
  bindAddress: z.union([z.ipv4(), z.ipv6()], { error: 'field.bindAddress' }),
  /** Used in every link handed out (store, receipt, join, moderator); null means the local address. */
  publicBaseUrl: z
    .string()
    .url('field.fullUrl')
    .refine((u) => /^https?:\/\//.test(u), 'field.httpUrl')
    .refine((u) => !/[?#]/.test(u), 'field.noQuery')
    .nullable(),
  /**
   * Addresses of the tunnel or reverse proxy in front of the studio (e.g. 127.0.0.1 for a tunnel on
   * this computer). Only a request arriving from one of them has its X-Forwarded-For believed, so
   * per-viewer limits count real viewers; nobody else can choose the address they are counted as.
   */
  trustedProxies: z
    .array(z.union([z.ipv4(), z.ipv6()], { error: 'field.ipAddress' }))
    .max(8, 'field.atMostProxies')
    .default([]),
  /** Go public (shared/public-address.ts): off, own URL (`publicBaseUrl`), own server (SSH), ngrok. */
  /** Absent in settings saved before going public existed: `own_url` when a public URL is set, else `off`. */
  publicMode: PublicMode.optional(),
  ownServer: OwnServerSettings.nullable().default(null),
  ngrok: NgrokSettings.default({ domain: null }),
});
export type NetworkSettings = z.infer<typeof NetworkSettings>;

export const DEFAULT_NETWORK: NetworkSettings = {
  bindAddress: '127.0.0.1',
  publicBaseUrl: null,
  trustedProxies: [],
  publicMode: 'off',
  ownServer: null,
  ngrok: { domain: null },
};

export const PaymentsStatus = z.object({
  mode: z.enum(['rehearsal', 'stripe']),
  /** Last 4 characters of the key, so the host can recognise which key is set. Never the key. */
  keyHint: z.string().nullable(),
  webhookConfigured: z.boolean(),
  lastPollAt: z.string().nullable(),
  lastError: z.string().nullable(),
});
export type PaymentsStatus = z.infer<typeof PaymentsStatus>;

export const StripeKeyInput = z.object({
  secretKey: z
    .string()
    .trim()
    .regex(/^(sk|rk)_(test|live)_[A-Za-z0-9]{10,}$/, 'field.stripeKey')
    .nullable(),
  webhookSecret: z
    .string()
    .trim()
    .regex(/^whsec_[A-Za-z0-9]{10,}$/, 'field.webhookSecret')
    .nullable()
    .optional(),
});
export type StripeKeyInput = z.infer<typeof StripeKeyInput>;

/**
 * The creator's language: the studio and every moderator console speak it (issue 15). Viewers',
 * buyers' and guests' pages follow their own browser; on-stream text follows the show (Show.language).
 */
export const StudioLanguage = z.object({ language: Locale });
export type StudioLanguage = z.infer<typeof StudioLanguage>;
