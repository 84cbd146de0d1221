import type { PublicAddressStatus, PublicMode } from '../../shared/public-address';

export type PublicTone = 'neutral' | 'waiting' | 'good' | 'bad';

export interface PublicStatusText {
  tone: PublicTone;
  /** Short, for a chip: "Public", "Connecting…". */
  label: string;
  /** One sentence saying what it means for the show. */
  summary: string;
  /** "Trying again in 4 s (attempt 3)", while a retry is scheduled. */
  retry: string | null;
}

export const PUBLIC_MODE_LABELS: Record<PublicMode, string> = {
  off: 'Off: this computer only',
  own_server: 'My own server (SSH tunnel)',
  ngrok: 'ngrok',
  own_url: 'I have my own address',
};

/** What the public address's state means to a creator about to go live. */
export function describePublicStatus(status: PublicAddressStatus, now: number): PublicStatusText {
  const retry = retryText(status, now);
  switch (status.state) {
    case 'off':
      return { tone: 'neutral', label: 'Off', summary: 'Links work on this computer only: viewers, guests and moderators elsewhere cannot open them.', retry: null };
    case 'connecting':
      if (status.attempt === 0) return { tone: 'waiting', label: 'Connecting…', summary: 'Opening the tunnel…', retry: null };
      return {
        tone: 'waiting',
        label: 'Reconnecting…',
        summary: status.url ? 'The tunnel dropped. Links keep your public address: they work again as soon as it is back.' : 'The tunnel dropped. Links use this computer’s address until it is back.',
        retry,
      };
    case 'public':
      if (status.reachable === true) return { tone: 'good', label: 'Public', summary: 'Reachable from the internet. Every link you hand out uses this address.', retry: null };
      return { tone: 'waiting', label: 'Checking…', summary: 'The tunnel is open. Checking from outside that the address reaches this studio…', retry: null };
    case 'failing':
      return {
        tone: 'bad',
        label: status.url ? 'Not reachable' : 'Not public',
        summary: status.url ? 'Links use this address, but it does not reach the studio right now.' : 'Links use this computer’s address until this is fixed.',
        retry,
      };
  }
}

function retryText(status: PublicAddressStatus, now: number): string | null {
  if (!status.retryAt) return null;
  const seconds = Math.max(0, Math.ceil((Date.parse(status.retryAt) - now) / 1000));
  return `Trying again ${seconds > 0 ? `in ${seconds} s` : 'now'}${status.attempt > 1 ? ` (attempt ${status.attempt})` : ''}.`;
}
