import type { Said } from '../../../shared/i18n/said';
import type { PublicProblem } from '../../../shared/public-address';

/**
 * One open tunnel, whatever carries it (SSH to the creator's server, ngrok): the public address it
 * serves, and a promise that settles when it drops. Opening either resolves with a tunnel or
 * rejects with a `TunnelError` that says what the creator can do.
 */
export interface Tunnel {
  /** The HTTPS base viewers use (no trailing slash). */
  readonly url: string;
  /** Settles once, when the tunnel is gone for a reason other than `close()`. */
  readonly dropped: Promise<TunnelError>;
  close(): Promise<void>;
}

export class TunnelError extends Error {
  override name = 'TunnelError';
  constructor(
    readonly code: PublicProblem['code'],
    /** What the creator reads: English, and as a reason (`said(…)`); a bare string only for what no catalog words (an unknown throw). */
    said: Said | string,
    /** Worth retrying by itself (a network fault), or only after the creator changes something. */
    readonly retryable: boolean,
    /** For `host_key_changed`: the fingerprint the server offered, so the creator can choose to trust it. */
    readonly offeredHostKey: string | null = null,
  ) {
    super(typeof said === 'string' ? said : said.message);
    this.reason = typeof said === 'string' ? undefined : said.reason;
  }

  readonly reason: Said['reason'];

  problem(): PublicProblem {
    return this.reason ? { code: this.code, message: this.message, reason: this.reason } : { code: this.code, message: this.message };
  }
}
