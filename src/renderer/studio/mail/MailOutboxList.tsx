import { FormattedMessage, useIntl } from 'react-intl';
import type { MailMessage } from '../../../shared/mail';
import { useCommand } from '../../hooks/use-command';
import { useStudio } from '../../hooks/use-studio';
import { useSyncedState } from '../../hooks/use-synced-state';
import { formatTimeOfDay } from '../../lib/format';
import { MAIL_OUTBOX_SYNC } from './mail-sync';

/** The recent buyer emails: what, to whom, where each stands, and a retry for the ones that gave up. */
export function MailOutboxList() {
  const intl = useIntl();
  const { client, online } = useStudio();
  const { view } = useSyncedState(client, MAIL_OUTBOX_SYNC);
  const retry = useCommand('mail.retry');
  const messages = view.value?.messages ?? [];
  if (view.loadError && !view.value) {
    return (
      <p className="inline-error">
        <FormattedMessage id="outbox.loadFailed" values={{ reason: view.loadError.message }} />
      </p>
    );
  }
  if (messages.length === 0) {
    return (
      <p className="panel-note">
        <FormattedMessage id="outbox.empty" />
      </p>
    );
  }
  return (
    <>
      <div className="table-wrap">
      <table className="table table-dense mail-outbox" aria-label={intl.formatMessage({ id: 'outbox.label' })}>
        <thead>
          <tr>
            <th scope="col">
              <FormattedMessage id="outbox.column.email" />
            </th>
            <th scope="col">
              <FormattedMessage id="outbox.column.to" />
            </th>
            <th scope="col">
              <FormattedMessage id="outbox.column.state" />
            </th>
            <th scope="col">
              <span className="visually-hidden">
                <FormattedMessage id="outbox.column.actions" />
              </span>
            </th>
          </tr>
        </thead>
        <tbody>
          {messages.map((m) => (
            <tr key={m.id} className={`mail-${m.state}`}>
              <td>
                <FormattedMessage id="outbox.kind" values={{ kind: m.kind }} />
              </td>
              <td className="mail-recipient">{m.recipient}</td>
              <td>
                <MessageState message={m} />
                {m.lastError ? <div className="field-hint">{m.lastError}</div> : null}
              </td>
              <td>
                {m.state === 'failed' ? (
                  <button type="button" className="button" disabled={!online || retry.pending} onClick={() => void retry.run({ messageId: m.id })}>
                    <FormattedMessage id="outbox.retry" />
                  </button>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      </div>
      {retry.error ? (
        <p className="inline-error" role="alert">
          {retry.error.message}
        </p>
      ) : null}
    </>
  );
}

/** Where one email stands: "Sent 20:41", "Sending (try 2)", "Failed". */
function MessageState({ message }: { message: MailMessage }) {
  const intl = useIntl();
  if (message.state === 'sent' && message.sentAt) return <FormattedMessage id="outbox.state.sentAt" values={{ time: formatTimeOfDay(message.sentAt, intl.locale) }} />;
  if (message.state === 'pending' && message.attempts > 0) return <FormattedMessage id="outbox.state.retrying" values={{ attempt: message.attempts + 1 }} />;
  return <FormattedMessage id="outbox.state" values={{ state: message.state }} />;
}
