import type { store as english } from '../en/store';
import type { Translation } from '../translation';

export const store = {
  'store.offer.seatsLeft': '{count, plural, =0 {Toutes les places sont prises} one {Dernière place !} other {# places restantes}}',
} as const satisfies Translation<typeof english>;
