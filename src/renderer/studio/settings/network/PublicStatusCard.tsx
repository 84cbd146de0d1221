import { CopyButton } from '../../../components/CopyButton';
import { useCommand } from '../../../hooks/use-command';
import { useNow } from '../../../hooks/use-now';
import { useStudio } from '../../../hooks/use-studio';
import { formatTimeOfDay } from '../../../lib/format';
import { describePublicStatus } from '../../../lib/public-status';
import './network.css';

/** Where going public stands: the address, whether it reaches the studio, and what to do when not. */
export function PublicStatusCard() {
  const { snapshot, online } = useStudio();
  const status = snapshot.publicAddress;
  const now = useNow(1000);
  const text = describePublicStatus(status, now);
  const retry = useCommand('public.retry');
  const check = useCommand('public.check');
  const trust = useCommand('public.trustHostKey');
  const error = retry.error ?? check.error ?? trust.error;

  return (
    <section className={`public-status public-status-${text.tone}`} aria-labelledby="public-status-title" aria-live="polite">
      <header className="public-status-head">
        <h3 id="public-status-title">Public address</h3>
        <span className={`chip chip-${text.tone}`}>
          {text.tone === 'waiting' ? <span className="spinner spinner-inline" aria-hidden="true" /> : null}
          {text.label}
        </span>
      </header>
      {status.url ? (
        <p className="public-status-url">
          <a href={status.url} target="_blank" rel="noreferrer noopener">
            {status.url.replace(/^https?:\/\//, '')}
          </a>
          <CopyButton text={status.url} label="Copy address" />
        </p>
      ) : null}
      <p className="public-status-summary">{text.summary}</p>
      {status.problem ? (
        <p className="public-status-problem" role="alert">
          {status.problem.message}
        </p>
      ) : null}
      {text.retry ? <p className="public-status-retry">{text.retry}</p> : null}
      {status.checkedAt ? (
        <p className="public-status-checked">
          Checked from outside at {formatTimeOfDay(status.checkedAt)}: {status.reachable ? 'reaches this studio' : 'did not reach this studio'}.
        </p>
      ) : null}
      {status.problem?.code === 'host_key_changed' && status.offeredHostKey ? (
        <div className="public-status-hostkey">
          <p>
            The server now presents <code>{status.offeredHostKey}</code>. Compare it with what <code>ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub</code> prints on
            the server before trusting it.
          </p>
          <button
            type="button"
            className="button button-small"
            disabled={!online || trust.pending}
            onClick={() => void trust.run({ fingerprint: status.offeredHostKey ?? '' })}
          >
            {trust.pending ? 'Trusting…' : 'Trust the new key'}
          </button>
        </div>
      ) : null}
      {status.mode !== 'off' ? (
        <div className="public-status-actions">
          {status.mode !== 'own_url' ? (
            <button type="button" className="button button-small" disabled={!online || retry.pending} onClick={() => void retry.run({})}>
              {retry.pending ? 'Reconnecting…' : 'Reconnect now'}
            </button>
          ) : null}
          <button type="button" className="button button-small" disabled={!online || check.pending || status.url === null} onClick={() => void check.run({})}>
            {check.pending ? 'Checking…' : 'Check from outside'}
          </button>
        </div>
      ) : null}
      {error ? <p className="inline-error">{error.message}</p> : null}
      {status.trustedHostKey && status.mode === 'own_server' ? (
        <p className="public-status-checked">
          Server identity: <code>{status.trustedHostKey}</code>
        </p>
      ) : null}
    </section>
  );
}
