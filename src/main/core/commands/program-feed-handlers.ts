import { ok } from '../../../shared/result';
import type { EventBus } from '../bus';
import type { CommandHandlers } from './handler-types';

/**
 * Signaling for the program feed over WebRTC (auth/policy.ts: `programFeed.watch` for the program
 * key's pages, `programFeed.send` for the host). The core only relays: the picture goes straight
 * from the studio page to the program page on this machine.
 */
export function createProgramFeedHandlers(bus: EventBus): Pick<CommandHandlers, 'programFeed.watch' | 'programFeed.send'> {
  return {
    'programFeed.watch': (input) => {
      bus.publish({ type: 'programFeed.fromWatcher', peerId: input.peerId, data: input.data });
      return ok({});
    },
    'programFeed.send': (input) => {
      bus.publish({ type: 'programFeed.toWatcher', peerId: input.peerId, data: input.data });
      return ok({});
    },
  };
}
