import type { z } from 'zod';
import type { commands} from '../../../shared/commands';
import { type CommandName, type CommandOutput } from '../../../shared/commands';
import type { Result } from '../../../shared/result';
import type { Principal } from '../auth/principal';

/** One handler per command; the map type makes a command without a handler a type error. */
export type CommandHandler<N extends CommandName> = (
  input: z.infer<(typeof commands)[N]['input']>,
  principal: Principal,
) => Result<CommandOutput<N>> | Promise<Result<CommandOutput<N>>>;

export type CommandHandlers = { [N in CommandName]: CommandHandler<N> };
