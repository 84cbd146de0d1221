import { ok } from '../../../shared/result';
import type { EventBus } from '../bus';
import { iceSubjectOf, type IceConfigService } from '../turn/ice-config';
import type { TurnSettingsStore } from '../turn/turn-settings';
import type { CommandHandlers } from './handler-types';

export interface IceHandlerDeps {
  ice: IceConfigService;
  turn: TurnSettingsStore;
  bus: EventBus;
  /** TURN changed: guests in line get new views (fresh ICE servers) and host pages re-fetch theirs. */
  iceChanged(): void;
}

type IceCommand = 'settings.turn.get' | 'settings.turn.update' | 'turn.testPlan' | 'ice.servers';

export function createIceHandlers(deps: IceHandlerDeps): Pick<CommandHandlers, IceCommand> {
  const state = () => {
    const problem = deps.ice.problem();
    return { ...deps.turn.read(), problem: problem?.message ?? null, problemReason: problem?.reason ?? null };
  };
  return {
    'settings.turn.get': () => ok(state()),
    'settings.turn.update': (input) => {
      deps.turn.write(input);
      deps.iceChanged();
      return ok(state());
    },
    'turn.testPlan': () => deps.ice.testPlan(),
    'ice.servers': (_input, who) => ok(deps.ice.forPage(iceSubjectOf(who))),
  };
}
