import { useState, type ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { Show, ShowStatus } from '../../../shared/offers';
import type { MessageId } from '../../../shared/i18n/messages';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useCommand } from '../../hooks/use-command';
import { useStudio } from '../../hooks/use-studio';
import { ShowStatusChip } from './ShowStatusChip';

const transitions: Partial<Record<ShowStatus, { to: ShowStatus; label: MessageId; tone: 'primary' | 'danger' }>> = {
  draft: { to: 'live', label: 'shell.show.goLive', tone: 'primary' },
  live: { to: 'ended', label: 'shell.show.end', tone: 'danger' },
};

const strong = (chunks: ReactNode[]) => <strong>{chunks}</strong>;

/** The show's status with the one move it can make next, always behind a confirmation. */
export function ShowStatusControl({ show }: { show: Show }) {
  const { online } = useStudio();
  const intl = useIntl();
  const setStatus = useCommand('show.setStatus');
  const [confirming, setConfirming] = useState(false);
  const next = transitions[show.status];

  const confirm = async () => {
    if (!next) return;
    const result = await setStatus.run({ showId: show.id, status: next.to });
    if (result?.ok) setConfirming(false);
  };

  return (
    <div className="show-status-control">
      <ShowStatusChip status={show.status} />
      {next ? (
        <button
          type="button"
          className={`button button-${next.tone}`}
          disabled={!online || setStatus.pending}
          onClick={() => {
            setStatus.clearError();
            setConfirming(true);
          }}
        >
          {intl.formatMessage({ id: next.label })}
        </button>
      ) : null}
      {confirming && next ? (
        <ConfirmDialog
          title={intl.formatMessage({ id: next.to === 'live' ? 'shell.show.goLiveTitle' : 'shell.show.endTitle' }, { title: show.title })}
          confirmLabel={intl.formatMessage({ id: next.label })}
          tone={next.tone}
          busy={setStatus.pending}
          error={setStatus.error?.message ?? null}
          onConfirm={() => void confirm()}
          onCancel={() => setConfirming(false)}
        >
          {next.to === 'live' ? (
            <p>{intl.formatMessage({ id: 'shell.show.goLiveBody' })}</p>
          ) : (
            <>
              <p>{intl.formatMessage({ id: 'shell.show.endBody' })}</p>
              <p>
                <FormattedMessage id="shell.show.endReleased" values={{ strong }} />
              </p>
            </>
          )}
        </ConfirmDialog>
      ) : null}
    </div>
  );
}
