/**
 * The one retry schedule of Hotseat, for every runtime: exponential from `baseMs`, capped at
 * `maxMs`. Reconnects of many clients to one server add jitter (`reconnectDelay`); a retry only this
 * process makes (its disk, one webhook, one OBS) does not need it (`backoffDelay`).
 */
export interface BackoffOptions {
  /** Delay before the first retry, before jitter. */
  baseMs: number;
  /** The delay never grows past this, so a service that comes back is found again quickly. */
  maxMs: number;
}

export const defaultBackoff: BackoffOptions = { baseMs: 500, maxMs: 15_000 };

/** Delay before retry `attempt` (1-based): `baseMs`, then doubling, never above `maxMs`. */
export function backoffDelay(attempt: number, options: BackoffOptions): number {
  const exponent = Math.max(0, Math.min(attempt - 1, 30));
  return Math.min(options.maxMs, options.baseMs * 2 ** exponent);
}

/**
 * Delay before reconnect attempt `attempt` (1-based): `backoffDelay` with "equal jitter" (half
 * fixed, half random) so a restart is not hit by every client at the same instant, yet none
 * hammers it with near-zero delays.
 */
export function reconnectDelay(attempt: number, options: BackoffOptions, random: () => number): number {
  const ceiling = backoffDelay(attempt, options);
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}
