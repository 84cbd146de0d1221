import { z } from 'zod';
import { ErrorReason } from './result';

/**
 * How the studio is reached from the internet (Settings → Network → Go public):
 * - `off`: only this computer (and the LAN when bound to 0.0.0.0); links use the local address.
 * - `own_url`: the creator runs a reverse proxy or tunnel themselves and types its address.
 * - `own_server`: the studio opens an SSH reverse tunnel to the creator's server, where a real
 *   reverse proxy (Caddy) terminates TLS; the address is that server's HTTPS address.
 * - `ngrok`: the studio runs ngrok's agent in-process (the @ngrok/ngrok library); the address is
 *   the creator's ngrok domain, or one ngrok assigns.
 */
export const PublicMode = z.enum(['off', 'own_url', 'own_server', 'ngrok']);
export type PublicMode = z.infer<typeof PublicMode>;

/** Where the public address stands right now (`public.status`, host only; also in the snapshot). */
export const PublicState = z.enum(['off', 'connecting', 'public', 'failing']);
export type PublicState = z.infer<typeof PublicState>;

export const PublicProblem = z.object({
  /**
   * `credentials`: the server or ngrok refused the key/token; `host_key_changed`: the server's SSH
   * host key is not the one trusted; `unreachable`: no connection (DNS, refused, timeout);
   * `forward_refused`: the server would not open the remote port; `other_studio`: the public URL
   * answers, but it is not this studio; `not_reachable_from_outside`: the tunnel is up but the
   * public URL does not reach it; `config`: something in the settings is missing or wrong.
   */
  code: z.enum(['credentials', 'host_key_changed', 'unreachable', 'forward_refused', 'other_studio', 'not_reachable_from_outside', 'config', 'dropped']),
  /** In English; `reason` (a catalog id and values) for each page to word it in its language. */
  message: z.string(),
  reason: ErrorReason.optional(),
});
export type PublicProblem = z.infer<typeof PublicProblem>;

export const PublicAddressStatus = z.object({
  mode: PublicMode,
  state: PublicState,
  /** The base every link uses now; null while only the local address exists (links are local then). */
  url: z.string().nullable(),
  /** Did the studio reach itself through `url` from outside? null: not checked yet. */
  reachable: z.boolean().nullable(),
  checkedAt: z.string().nullable(),
  problem: PublicProblem.nullable(),
  /** When the next reconnect attempt happens (a dropped tunnel comes back by itself). */
  retryAt: z.string().nullable(),
  /** How many reconnects in a row have failed (shown as "attempt N"). */
  attempt: z.number().int().nonnegative(),
  /** For `own_server`: the studio's public SSH key, to put in the server's authorized_keys. Not a secret. */
  sshPublicKey: z.string().nullable(),
  /** For `own_server`: the server host key fingerprint trusted (SHA256:…), null before the first connect. */
  trustedHostKey: z.string().nullable(),
  /** After `host_key_changed`: the fingerprint the server offers now, for the creator to trust or not. */
  offeredHostKey: z.string().nullable(),
  /** For `ngrok`: whether an authtoken is kept (never the token itself). */
  ngrokTokenSet: z.boolean(),
});
export type PublicAddressStatus = z.infer<typeof PublicAddressStatus>;

export const OFF_PUBLIC_STATUS: PublicAddressStatus = {
  mode: 'off',
  state: 'off',
  url: null,
  reachable: null,
  checkedAt: null,
  problem: null,
  retryAt: null,
  attempt: 0,
  sshPublicKey: null,
  trustedHostKey: null,
  offeredHostKey: null,
  ngrokTokenSet: false,
};
