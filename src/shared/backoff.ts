export interface BackoffOptions {
  /** Delay before the first retry, before jitter. */
  baseMs: number;
  /** The delay never grows past this, so a studio that comes back is found again quickly. */
  maxMs: number;
}

export const defaultBackoff: BackoffOptions = { baseMs: 500, maxMs: 15_000 };

/**
 * Delay before reconnect attempt `attempt` (1-based): exponential, capped, with "equal jitter" (half
 * fixed, half random) so a studio restart is not hit by every page at the same instant, yet no page
 * hammers it with near-zero delays.
 */
export function reconnectDelay(attempt: number, options: BackoffOptions, random: () => number): number {
  const exponent = Math.max(0, Math.min(attempt - 1, 30));
  const ceiling = Math.min(options.maxMs, options.baseMs * 2 ** exponent);
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}
