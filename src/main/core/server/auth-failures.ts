import { errorWith, type AppErrorShape } from '../../../shared/result';

/**
 * Wrong-token attempts per client (join links, moderator invites, receipt links, the host and
 * program keys): after `max` failures within `windowMs`, the client is refused before its next
 * token is even looked at, until the oldest failure leaves the window. Successes do not reset
 * the count (a guesser holding one valid token must not earn more guesses with it).
 *
 * Memory is bounded: at most `maxClients` clients are tracked, the least recently failing first
 * out, and each keeps at most `max` timestamps.
 */
export interface AuthFailures {
  /** Seconds until this client may try again, or 0 when it may try now. */
  retryAfterSeconds(client: string): number;
  /** Counts a wrong token; answers the seconds to wait if this failure used up the allowance. */
  failed(client: string): number;
}

export interface AuthFailureLimit {
  max: number;
  windowMs: number;
}

export function createAuthFailures(limit: AuthFailureLimit, now: () => number = Date.now, maxClients = 10_000): AuthFailures {
  const failures = new Map<string, number[]>();

  const recent = (client: string): number[] => {
    const cutoff = now() - limit.windowMs;
    const times = (failures.get(client) ?? []).filter((t) => t > cutoff);
    if (times.length === 0) failures.delete(client);
    else failures.set(client, times);
    return times;
  };

  const retryAfterSeconds = (client: string): number => {
    const times = recent(client);
    if (times.length < limit.max) return 0;
    const oldest = times[times.length - limit.max] ?? now();
    return Math.max(1, Math.ceil((oldest + limit.windowMs - now()) / 1000));
  };

  return {
    retryAfterSeconds,
    failed(client) {
      const times = [...recent(client), now()].slice(-limit.max);
      // Re-inserting moves the client to the back: the first key is the one that failed longest ago.
      failures.delete(client);
      failures.set(client, times);
      if (failures.size > maxClients) {
        const oldest = failures.keys().next().value;
        if (oldest !== undefined) failures.delete(oldest);
      }
      return retryAfterSeconds(client);
    },
  };
}

/**
 * The refusal every route and the hub give a client that has tried too many wrong tokens, as a
 * reason: "Try again in 2 minutes" (or seconds), worded by each page in its language.
 */
export function tooManyWrongTokens(seconds: number): AppErrorShape {
  const values = seconds >= 90 ? { unit: 'minutes', count: Math.ceil(seconds / 60) } : { unit: 'seconds', count: seconds };
  return errorWith('rate_limited', 'error.connection.tooManyWrongLinks', values);
}
