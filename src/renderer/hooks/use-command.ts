import { useCallback, useRef, useState } from 'react';
import type { CommandInput, CommandName, CommandOutput } from '../../shared/commands';
import type { AppErrorShape, Result } from '../../shared/result';
import { useStudio } from './use-studio';

export interface CommandRunner<N extends CommandName> {
  /** Resolves null when a previous run is still in flight: a double click acts once. */
  run(input: CommandInput<N>): Promise<Result<CommandOutput<N>> | null>;
  pending: boolean;
  error: AppErrorShape | null;
  clearError(): void;
}

/** Sends one kind of command from a component, tracking in-flight state and the last refusal. */
export function useCommand<N extends CommandName>(name: N): CommandRunner<N> {
  const { client } = useStudio();
  const inFlight = useRef(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<AppErrorShape | null>(null);

  const run = useCallback(
    async (input: CommandInput<N>) => {
      if (inFlight.current) return null;
      inFlight.current = true;
      setPending(true);
      setError(null);
      try {
        const result = await client.command(name, input);
        setError(result.ok ? null : result.error);
        return result;
      } finally {
        inFlight.current = false;
        setPending(false);
      }
    },
    [client, name],
  );
  const clearError = useCallback(() => setError(null), []);
  return { run, pending, error, clearError };
}
