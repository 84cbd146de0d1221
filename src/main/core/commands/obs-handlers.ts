import { ok } from '../../../shared/result';
import type { ObsDriver } from '../obs/obs-driver';
import type { ProgramService } from '../program/broadcast-runtime';
import type { CommandHandlers } from './handler-types';

/** The host's OBS and program commands (auth/policy.ts: host only). */
export interface ObsHandlerDeps {
  obs: ObsDriver;
  program: ProgramService;
}

export type ObsCommand = 'obs.status' | 'obs.configure' | 'obs.reconnect' | 'obs.output' | 'obs.switchScene' | 'program.get' | 'program.update' | 'program.arrange';

export function createObsHandlers(deps: ObsHandlerDeps): Pick<CommandHandlers, ObsCommand> {
  return {
    'obs.status': () => ok(deps.obs.status()),
    'obs.configure': (input) => deps.obs.configure(input),
    'obs.reconnect': () => deps.obs.reconnect(),
    'obs.output': (input) => deps.obs.setOutput(input),
    'obs.switchScene': (input) => deps.obs.switchScene(input.sceneName),
    'program.get': () => ok(deps.program.state()),
    'program.update': (input) => ok(deps.program.update(input)),
    'program.arrange': (input) => ok(deps.program.arrange(input)),
  };
}
