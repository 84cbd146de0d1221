import type { MailKind, MailMessage } from '../../../shared/mail';
import { useCommand } from '../../hooks/use-command';
import { useStudio } from '../../hooks/use-studio';
import { useSyncedState } from '../../hooks/use-synced-state';
import { formatTimeOfDay } from '../../lib/format';
import { MAIL_OUTBOX_SYNC } from './mail-sync';

const KIND_LABELS: Record<MailKind, string> = {
  receipt: 'Receipt',
  accepted: 'Accepted, join link',
  next: "You're next",
  selfie: 'Selfie ready',
  shipped: 'Shipped',
  resend: 'Receipts again',
};

const STATE_LABELS: Record<MailMessage['state'], string> = { pending: 'Sending', sent: 'Sent', failed: 'Failed', skipped: 'Not needed' };

/** The recent buyer emails: what, to whom, where each stands, and a retry for the ones that gave up. */
export function MailOutboxList() {
  const { client, online } = useStudio();
  const { view } = useSyncedState(client, MAIL_OUTBOX_SYNC);
  const retry = useCommand('mail.retry');
  const messages = view.value?.messages ?? [];
  if (view.loadError && !view.value) return <p className="inline-error">Could not read the outbox: {view.loadError.message}</p>;
  if (messages.length === 0) return <p className="panel-note">No buyer emails yet.</p>;
  return (
    <>
      <div className="table-wrap">
      <table className="table table-dense mail-outbox" aria-label="Recent buyer emails">
        <thead>
          <tr>
            <th scope="col">Email</th>
            <th scope="col">To</th>
            <th scope="col">State</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {messages.map((m) => (
            <tr key={m.id} className={`mail-${m.state}`}>
              <td>{KIND_LABELS[m.kind]}</td>
              <td className="mail-recipient">{m.recipient}</td>
              <td>
                {STATE_LABELS[m.state]}
                {m.state === 'sent' && m.sentAt ? ` ${formatTimeOfDay(m.sentAt)}` : ''}
                {m.state === 'pending' && m.attempts > 0 ? ` (try ${m.attempts + 1})` : ''}
                {m.lastError ? <div className="field-hint">{m.lastError}</div> : null}
              </td>
              <td>
                {m.state === 'failed' ? (
                  <button type="button" className="button" disabled={!online || retry.pending} onClick={() => void retry.run({ messageId: m.id })}>
                    Retry
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
