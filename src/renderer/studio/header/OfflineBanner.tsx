import type { ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useStudio } from '../../hooks/use-studio';

const strong = (chunks: ReactNode[]) => <strong>{chunks}</strong>;

/** Says, under the header, when what is on screen may be out of date and actions are paused. */
export function OfflineBanner({ syncing, loadError, onReload }: { syncing: boolean; loadError: string | null; onReload: () => void }) {
  const { connection } = useStudio();
  const intl = useIntl();
  if (connection.status !== 'online') {
    const why = intl.formatMessage({ id: connection.status === 'offline' ? 'shell.offline.computer' : 'shell.offline.core' });
    return (
      <div className="banner banner-offline" role="status">
        <strong>{why}</strong> {intl.formatMessage({ id: 'shell.offline.body' })}
      </div>
    );
  }
  if (loadError) {
    return (
      <div className="banner banner-error" role="alert">
        <FormattedMessage id="shell.refreshFailed" values={{ strong, error: loadError }} /> <button type="button" className="button button-small" onClick={onReload}>
          {intl.formatMessage({ id: 'common.retry' })}
        </button>
      </div>
    );
  }
  if (syncing) {
    return (
      <div className="banner banner-info" role="status">
        {intl.formatMessage({ id: 'shell.syncing' })}
      </div>
    );
  }
  return null;
}
