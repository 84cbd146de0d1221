import { useCallback, useEffect, useState } from 'react';
import type { ModeratorInvite } from '../../shared/moderation';
import type { AppErrorShape } from '../../shared/result';
import { useStudio } from './use-studio';

/**
 * The host's moderator invites and who is connected: loaded once per connection, then kept up to
 * date by `moderators.updated` events (someone opened or closed a page, an invite was made or revoked).
 */
export function useModerators(): { moderators: ModeratorInvite[] | null; error: AppErrorShape | null; reload: () => void } {
  const { client, online } = useStudio();
  const [moderators, setModerators] = useState<ModeratorInvite[] | null>(null);
  const [error, setError] = useState<AppErrorShape | null>(null);

  const reload = useCallback(() => {
    void client.command('moderators.list', {}).then((result) => {
      if (result.ok) {
        setModerators(result.value);
        setError(null);
      } else {
        setError(result.error);
      }
    });
  }, [client]);

  useEffect(() => client.onEvent((event) => event.type === 'moderators.updated' && setModerators(event.moderators)), [client]);
  useEffect(() => {
    if (online) reload();
  }, [online, reload]);
  return { moderators, error, reload };
}
