import { useEffect, useState } from 'react';
import type { CommandInput, CommandName, CommandOutput } from '../../shared/commands';
import { useLocalizeError } from '../i18n/use-localize-error';
import type { AppErrorShape } from '../../shared/result';
import { useStudio } from './use-studio';

/** Commands that take no input: the settings panels' reads. */
type NoInputCommand = { [N in CommandName]: Record<string, never> extends CommandInput<N> ? N : never }[CommandName];

/**
 * A settings panel's state, read when the studio connects and again at every reconnect (the core
 * may have restarted with other values); `set` replaces it with what a save returned.
 */
export function useReadOnConnect<N extends NoInputCommand>(name: N) {
  const { client } = useStudio();
  const [value, set] = useState<CommandOutput<N> | null>(null);
  // Kept as the studio sent it, worded at each render in the page's language.
  const [loadError, setLoadError] = useState<AppErrorShape | null>(null);
  const localize = useLocalizeError();
  useEffect(() => {
    const load = () =>
      void client.command(name, {} as CommandInput<N>).then((result) => {
        if (result.ok) set(result.value);
        else setLoadError(result.error);
      });
    const off = client.onWelcome(load);
    if (client.state.get().status === 'online') load();
    return off;
  }, [client, name]);
  return { value, set, loadError: loadError ? localize(loadError).message : null };
}
