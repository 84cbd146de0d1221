import { createHash } from 'node:crypto';

/**
 * "Send my receipts again" per address: a few per window, whoever asks. Past it the request is
 * quietly dropped (the answer stays the same), so nobody can flood a buyer's inbox from many
 * addresses. Kept in memory by the address's hash; a restart forgets, which costs little.
 */
export interface ResendLimit {
  /** True when this address may be sent another message now (and counts it). */
  take(email: string, nowMs: number): boolean;
}

export function createResendLimit(max: number, windowMs: number): ResendLimit {
  const sent = new Map<string, number[]>();
  return {
    take(email, nowMs) {
      const key = createHash('sha256').update(email.trim().toLowerCase()).digest('hex');
      const recent = (sent.get(key) ?? []).filter((at) => at > nowMs - windowMs);
      // Forget addresses whose window passed, so the map stays as small as the traffic.
      if (sent.size > 10_000) for (const [k, times] of sent) if (times.every((at) => at <= nowMs - windowMs)) sent.delete(k);
      if (recent.length >= max) {
        sent.set(key, recent);
        return false;
      }
      sent.set(key, [...recent, nowMs]);
      return true;
    },
  };
}
