import type { PublicAddressStatus } from '../../shared/public-address';

export type PublicTone = 'neutral' | 'waiting' | 'good' | 'bad';

/**
 * Where the public address stands, for a creator about to go live: a tone for the chip, which of the
 * catalog's words say it (`settings.network.status.label` and `.summary` select on these), and when
 * the next reconnect is, while one is scheduled. No words here: the card speaks the studio's language.
 */
export interface PublicStatusView {
  tone: PublicTone;
  label: 'off' | 'opening' | 'reconnecting' | 'public' | 'checking' | 'unreachable' | 'notPublic';
  summary: 'off' | 'opening' | 'reconnecting' | 'reconnectingPublic' | 'public' | 'checking' | 'unreachable' | 'notPublic';
  /** "Trying again in 4 s (attempt 3)": the values of `settings.network.status.retry`. */
  retry: { seconds: number; again: 'yes' | 'no'; attempt: number } | null;
}

export function publicStatusView(status: PublicAddressStatus, now: number): PublicStatusView {
  const retry = retryValues(status, now);
  switch (status.state) {
    case 'off':
      return { tone: 'neutral', label: 'off', summary: 'off', retry: null };
    case 'connecting':
      if (status.attempt === 0) return { tone: 'waiting', label: 'opening', summary: 'opening', retry: null };
      // Links keep a public address through a drop; without one they fall back to this computer's.
      return { tone: 'waiting', label: 'reconnecting', summary: status.url ? 'reconnectingPublic' : 'reconnecting', retry };
    case 'public':
      // Good only once checked from outside.
      return status.reachable === true ? { tone: 'good', label: 'public', summary: 'public', retry: null } : { tone: 'waiting', label: 'checking', summary: 'checking', retry: null };
    case 'failing':
      return status.url ? { tone: 'bad', label: 'unreachable', summary: 'unreachable', retry } : { tone: 'bad', label: 'notPublic', summary: 'notPublic', retry };
  }
}

function retryValues(status: PublicAddressStatus, now: number): PublicStatusView['retry'] {
  if (!status.retryAt) return null;
  const seconds = Math.max(0, Math.ceil((Date.parse(status.retryAt) - now) / 1000));
  return { seconds, again: status.attempt > 1 ? 'yes' : 'no', attempt: status.attempt };
}
