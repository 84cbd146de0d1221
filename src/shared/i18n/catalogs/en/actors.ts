/** Who did something, when it is the host or the studio's own machinery (`renderer/lib/actor-name.ts`). */
export const actors = {
  'actor.name': '{actor, select, host {Host} checkout {Checkout} stripe {Stripe} seatTimer {Seat timer} blockList {Block list} other {{name}}}',
} as const;
