import { useIntl } from 'react-intl';
import { useStudio } from '../../hooks/use-studio';
import { formatTimeOfDay } from '../../lib/format';

/**
 * Says, under the header, when the studio cannot write to its database (another program holds a
 * lock, or the disk is full): the cause, what to do, and what keeps working. It goes away by itself
 * once a write goes through again. The failed action is named as the core reports it.
 */
export function StorageBanner() {
  const { snapshot } = useStudio();
  const intl = useIntl();
  const storage = snapshot.storage;
  if (storage.state === 'ok') return null;
  const title = intl.formatMessage({ id: `shell.storage.${storage.state}.title` });
  const fix = intl.formatMessage({ id: `shell.storage.${storage.state}.fix` });
  const keepsTrying = intl.formatMessage({ id: 'shell.storage.keepsTrying' });
  const lastFailed = storage.failedAction
    ? intl.formatMessage(
        { id: 'shell.storage.lastFailed' },
        { action: storage.failedAction, since: storage.since ? 'yes' : 'no', time: storage.since ? formatTimeOfDay(storage.since, intl.locale) : '' },
      )
    : null;
  return (
    <div className="banner banner-error" role="alert" data-testid="storage-banner">
      <strong>{title}</strong> {fix} {keepsTrying}
      {lastFailed ? <> {lastFailed}</> : null}
      <br />
      {intl.formatMessage({ id: 'shell.storage.keepsGoing' })}
    </div>
  );
}
