import { z } from 'zod';

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
});
export type NetworkSettings = z.infer<typeof NetworkSettings>;

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
