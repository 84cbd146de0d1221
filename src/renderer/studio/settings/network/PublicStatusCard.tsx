import type { ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { CopyButton } from '../../../components/CopyButton';
import { useCommand } from '../../../hooks/use-command';
import { useNow } from '../../../hooks/use-now';
import { useStudio } from '../../../hooks/use-studio';
import { useWordSaid } from '../../../i18n/use-word-said';
import { formatTimeOfDay } from '../../../lib/format';
import { publicStatusView } from '../../../lib/public-status';
import './network.css';

const code = (chunks: ReactNode[]) => <code>{chunks}</code>;

/** Where going public stands: the address, whether it reaches the studio, and what to do when not. */
export function PublicStatusCard() {
  const intl = useIntl();
  const { snapshot, online } = useStudio();
  const status = snapshot.publicAddress;
  const now = useNow(1000);
  const word = useWordSaid();
  const { tone, retry: retryIn, ...words } = publicStatusView(status, now);
  const retry = useCommand('public.retry');
  const check = useCommand('public.check');
  const trust = useCommand('public.trustHostKey');
  const error = retry.error ?? check.error ?? trust.error;

  return (
    <section className={`public-status public-status-${tone}`} aria-labelledby="public-status-title" aria-live="polite">
      <header className="public-status-head">
        <h3 id="public-status-title">
          <FormattedMessage id="settings.network.status.title" />
        </h3>
        <span className={`chip chip-${tone}`}>
          {tone === 'waiting' ? <span className="spinner spinner-inline" aria-hidden="true" /> : null}
          <FormattedMessage id="settings.network.status.label" values={{ state: words.label }} />
        </span>
      </header>
      {status.url ? (
        <p className="public-status-url">
          <a href={status.url} target="_blank" rel="noreferrer noopener">
            {status.url.replace(/^https?:\/\//, '')}
          </a>
          <CopyButton text={status.url} label={intl.formatMessage({ id: 'settings.network.status.copy' })} />
        </p>
      ) : null}
      <p className="public-status-summary">
        <FormattedMessage id="settings.network.status.summary" values={{ state: words.summary }} />
      </p>
      {status.problem ? (
        <p className="public-status-problem" role="alert">
          {word(status.problem)}
        </p>
      ) : null}
      {retryIn ? (
        <p className="public-status-retry">
          <FormattedMessage id="settings.network.status.retry" values={retryIn} />
        </p>
      ) : null}
      {status.checkedAt ? (
        <p className="public-status-checked">
          <FormattedMessage
            id="settings.network.status.checked"
            values={{ time: formatTimeOfDay(status.checkedAt, intl.locale), reachable: status.reachable ? 'yes' : 'no' }}
          />
        </p>
      ) : null}
      {status.problem?.code === 'host_key_changed' && status.offeredHostKey ? (
        <div className="public-status-hostkey">
          <p>
            <FormattedMessage id="settings.network.status.hostKey" values={{ code, fingerprint: status.offeredHostKey }} />
          </p>
          <button
            type="button"
            className="button button-small"
            disabled={!online || trust.pending}
            onClick={() => void trust.run({ fingerprint: status.offeredHostKey ?? '' })}
          >
            <FormattedMessage id={trust.pending ? 'settings.network.status.trusting' : 'settings.network.status.trust'} />
          </button>
        </div>
      ) : null}
      {status.mode !== 'off' ? (
        <div className="public-status-actions">
          {status.mode !== 'own_url' ? (
            <button type="button" className="button button-small" disabled={!online || retry.pending} onClick={() => void retry.run({})}>
              <FormattedMessage id={retry.pending ? 'settings.network.status.reconnecting' : 'settings.network.status.reconnect'} />
            </button>
          ) : null}
          <button type="button" className="button button-small" disabled={!online || check.pending || status.url === null} onClick={() => void check.run({})}>
            <FormattedMessage id={check.pending ? 'settings.network.status.checking' : 'settings.network.status.check'} />
          </button>
        </div>
      ) : null}
      {error ? <p className="inline-error">{error.message}</p> : null}
      {status.trustedHostKey && status.mode === 'own_server' ? (
        <p className="public-status-checked">
          <FormattedMessage id="settings.network.status.identity" values={{ code, fingerprint: status.trustedHostKey }} />
        </p>
      ) : null}
    </section>
  );
}
