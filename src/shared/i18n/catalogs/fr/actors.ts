import type { actors as english } from '../en/actors';
import type { Translation } from '../translation';

export const actors = {
  'actor.name': '{actor, select, host {Hôte} checkout {Paiement} stripe {Stripe} seatTimer {Minuteur de passage} blockList {Liste de blocage} other {{name}}}',
} as const satisfies Translation<typeof english>;
