import type { IntlShape } from 'react-intl';

/**
 * The core names who did something with a display name: a moderator's own name, or one of its
 * fixed names for the host and its own machinery ("Host", "Checkout", "Stripe"…). Those fixed names
 * are words, said in the studio's language; a person's name is shown as they gave it.
 */
const FIXED: Record<string, string> = {
  Host: 'host',
  Checkout: 'checkout',
  Stripe: 'stripe',
  'Seat timer': 'seatTimer',
  'Block list': 'blockList',
};

export function actorName(intl: IntlShape, name: string): string {
  return intl.formatMessage({ id: 'actor.name' }, { actor: FIXED[name] ?? 'person', name });
}
