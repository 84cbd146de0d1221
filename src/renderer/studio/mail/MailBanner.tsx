import type { ReactNode } from 'react';
import { FormattedMessage } from 'react-intl';
import { useStudio } from '../../hooks/use-studio';
import { useSyncedState } from '../../hooks/use-synced-state';
import { MAIL_OUTBOX_SYNC } from './mail-sync';

const strong = (chunks: ReactNode[]) => <strong>{chunks}</strong>;

/**
 * Says under the header, during a show, that buyer emails gave up (the SMTP server refused or
 * never answered), like the storage banner: what is wrong, that nothing else is held up, and where
 * to retry. It goes away once the failed ones are sent or retried.
 */
export function MailBanner({ onOpenSettings }: { onOpenSettings: () => void }) {
  const { client } = useStudio();
  const { view } = useSyncedState(client, MAIL_OUTBOX_SYNC);
  const outbox = view.value;
  if (!outbox || outbox.failed === 0) return null;
  const latest = outbox.messages.find((m) => m.state === 'failed');
  return (
    <div className="banner banner-offline" role="alert" data-testid="mail-banner">
      <FormattedMessage id="outbox.banner" values={{ strong, count: outbox.failed, error: latest?.lastError ?? '' }} /> <button type="button" className="button button-small" onClick={onOpenSettings}>
        <FormattedMessage id="outbox.banner.retry" />
      </button>
    </div>
  );
}
