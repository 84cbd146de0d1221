import { useCallback, useMemo, useRef, useState } from 'react';
import type { CommandInput, CommandName, CommandOutput } from '../../shared/commands';
import type { AppErrorShape, Result } from '../../shared/result';
import { useLocalizeError } from '../i18n/use-localize-error';
import { useStudio } from './use-studio';

export interface CommandRunner<N extends CommandName> {
  /** Resolves null when a previous run is still in flight: a double click acts once. */
  run(input: CommandInput<N>): Promise<Result<CommandOutput<N>> | null>;
  pending: boolean;
  error: AppErrorShape | null;
  clearError(): void;
}

/** Sends one kind of command from a component, tracking in-flight state and the last refusal (in the page's language). */
export function useCommand<N extends CommandName>(name: N): CommandRunner<N> {
  const { client } = useStudio();
  const inFlight = useRef(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<AppErrorShape | null>(null);
  const localize = useLocalizeError();

  const run = useCallback(
    async (input: CommandInput<N>) => {
      if (inFlight.current) return null;
      inFlight.current = true;
      setPending(true);
      setError(null);
      try {
        const result = await client.command(name, input);
        setError(result.ok ? null : result.error);
        return result.ok ? result : { ok: false as const, error: localize(result.error) };
      } finally {
        inFlight.current = false;
        setPending(false);
      }
    },
    [client, name, localize],
  );
  const clearError = useCallback(() => setError(null), []);
  // Worded again when the language changes, so a refusal on screen follows it.
  const shown = useMemo(() => (error ? localize(error) : null), [error, localize]);
  return { run, pending, error: shown, clearError };
}
