import { z } from 'zod';
import { PublicMode } from './public-address';
import { Locale } from './i18n/locale';

const hostName = z
  .string()
  .trim()
  .min(1, 'needs the server address')
  .max(253)
  .regex(/^[A-Za-z0-9.-]+$|^\[?[0-9A-Fa-f:.]+\]?$/, 'must be a host name or IP address, like show.example.com');

/** "Own server": the studio opens an SSH reverse tunnel to it; Caddy there terminates TLS (docs/PUBLIC.md). */
export const OwnServerSettings = z.object({
  host: hostName,
  sshPort: z.number().int().min(1, 'must be a port from 1 to 65535').max(65_535, 'must be a port from 1 to 65535').default(22),
  username: z
    .string()
    .trim()
    .regex(/^[a-z_][a-z0-9_.-]{0,31}$/i, 'must be a user name on the server, like hotseat'),
  /** The port the server's reverse proxy forwards to; the tunnel binds it on the server's loopback only. */
  remotePort: z.number().int().min(1024, 'must be a port from 1024 to 65535').max(65_535, 'must be a port from 1024 to 65535'),
  /** The HTTPS address viewers use, served by the reverse proxy on that server. */
  publicUrl: z
    .string()
    .url('must be a full URL like https://show.example.com')
    .refine((u) => /^https:\/\//.test(u), 'must start with https:// (browsers allow cameras only on HTTPS)')
    .refine((u) => !/[?#]/.test(u), 'must not contain a query or fragment'),
});
export type OwnServerSettings = z.infer<typeof OwnServerSettings>;

export const NgrokSettings = z.object({
  /** The creator's reserved ngrok domain (stable across shows); null lets ngrok pick one. */
  domain: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^([a-z0-9-]+\.)+[a-z]{2,}$/, 'must be a domain like myshow.ngrok.app')
    .nullable(),
});
export type NgrokSettings = z.infer<typeof NgrokSettings>;

/** Studio settings the host edits. Secrets (Stripe key, webhook secret) are never part of these. */
export const NetworkSettings = z.object({
  /** Loopback by default; 0.0.0.0 (or a LAN address) only when the host asks for it. */
  bindAddress: z.union([z.ipv4(), z.ipv6()], { error: 'must be an IP address such as 127.0.0.1 or 0.0.0.0' }),
  /** Used in every link handed out (store, receipt, join, moderator); null means the local address. */
  publicBaseUrl: z
    .string()
    .url('must be a full URL like https://show.example.com')
    .refine((u) => /^https?:\/\//.test(u), 'must start with http:// or https://')
    .refine((u) => !/[?#]/.test(u), 'must not contain a query or fragment')
    .nullable(),
  /**
   * Addresses of the tunnel or reverse proxy in front of the studio (e.g. 127.0.0.1 for a tunnel on
   * this computer). Only a request arriving from one of them has its X-Forwarded-For believed, so
   * per-viewer limits count real viewers; nobody else can choose the address they are counted as.
   */
  trustedProxies: z
    .array(z.union([z.ipv4(), z.ipv6()], { error: 'must be an IP address such as 127.0.0.1' }))
    .max(8, 'at most 8 proxy addresses')
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
    .regex(/^(sk|rk)_(test|live)_[A-Za-z0-9]{10,}$/, 'must be a Stripe secret or restricted key (sk_… or rk_…)')
    .nullable(),
  webhookSecret: z
    .string()
    .trim()
    .regex(/^whsec_[A-Za-z0-9]{10,}$/, 'must be a webhook signing secret (whsec_…)')
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
