import { useEffect, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Notice } from '../components/Notice';
import { useReceipt } from '../hooks/use-receipt';
import { LanguageSwitcher } from '../i18n/LanguageSwitcher';
import { receiptTokenFromHash } from '../lib/page-address';
import { LiveIndicator } from './LiveIndicator';
import { ReceiptCard } from './ReceiptCard';

/** A buyer's private receipt: what they bought and where it stands, updating live, in their language. */
export function ReceiptApp() {
  const intl = useIntl();
  const [token] = useState(() => receiptTokenFromHash(window.location.hash));
  const { state, connection, retry } = useReceipt(token);

  useEffect(() => {
    document.title = intl.formatMessage({ id: 'receipt.documentTitle' });
  }, [intl]);

  // The server's error messages are English; the buyer reads ours, chosen by the error's code.
  const notFound = state.phase === 'error' && (state.error.code === 'unauthorized' || state.error.code === 'not_found');

  return (
    <div className="public-page">
      <header className="public-header public-header-compact">
        <h1>{intl.formatMessage({ id: 'receipt.title' })}</h1>
        <div className="receipt-header-tools">
          {state.phase === 'ready' ? <LiveIndicator connection={connection} /> : null}
          <LanguageSwitcher />
        </div>
      </header>
      <main className="public-main">
        {state.phase === 'missing-token' ? (
          <Notice kind="error" title={intl.formatMessage({ id: 'receipt.missingToken.title' })}>
            <FormattedMessage id="receipt.missingToken.body" values={{ code: (chunks) => <code>{chunks}</code> }} />
          </Notice>
        ) : null}
        {state.phase === 'loading' ? <Notice kind="loading" title={intl.formatMessage({ id: 'receipt.loading' })} /> : null}
        {state.phase === 'error' ? (
          <Notice
            kind="error"
            title={intl.formatMessage({ id: notFound ? 'receipt.notFound.title' : 'receipt.loadFailed.title' })}
            action={
              notFound ? undefined : (
                <button type="button" className="button" onClick={retry}>
                  {intl.formatMessage({ id: 'common.retry' })}
                </button>
              )
            }
          >
            {intl.formatMessage({ id: notFound ? 'receipt.notFound.body' : 'receipt.loadFailed.body' })}
          </Notice>
        ) : null}
        {state.phase === 'ready' && token ? <ReceiptCard receipt={state.receipt} token={token} /> : null}
        <aside className="keep-note">
          <FormattedMessage id="receipt.keepNote" values={{ strong: (chunks) => <strong>{chunks}</strong> }} />
        </aside>
      </main>
    </div>
  );
}
