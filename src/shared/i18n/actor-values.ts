/**
 * The core names who did something with a display name: a moderator's own name, or one of its
 * fixed names for the host and its own machinery ("Host", "Checkout", "Stripe"…). Those fixed names
 * are words, said in each page's language (the catalogs' `actor` select); a person's name is shown
 * as they gave it.
 */
const FIXED: Record<string, string> = {
  Host: 'host',
  Checkout: 'checkout',
  Stripe: 'stripe',
  'Seat timer': 'seatTimer',
  'Block list': 'blockList',
};

/** A message's values for who did it: `actor` (a fixed name's key, or `person`) and `name`. */
export const actorValues = (name: string): { actor: string; name: string } => ({ actor: FIXED[name] ?? 'person', name });
