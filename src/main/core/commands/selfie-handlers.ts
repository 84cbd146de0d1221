import { ok } from '../../../shared/result';
import { actorOf } from '../auth/principal';
import type { SelfieService } from '../selfies/selfie-service';
import type { CommandHandlers } from './handler-types';

/** The host's selfie commands (auth/policy.ts: host only). */
export function createSelfieHandlers(selfies: SelfieService): Pick<CommandHandlers, 'selfie.announce' | 'selfie.take' | 'selfies.list' | 'selfie.delete'> {
  return {
    'selfie.announce': (input) => selfies.announce(input.seatId, input.inMs),
    'selfie.take': (input, who) => selfies.take(input.seatId, input.frameId, actorOf(who)),
    'selfies.list': () => ok(selfies.list()),
    'selfie.delete': (input, who) => selfies.remove(input.selfieId, actorOf(who)),
  };
}
