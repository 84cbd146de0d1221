import { useEffect, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Notice } from '../components/Notice';
import { useReceipt } from '../hooks/use-receipt';
import { LanguageSwitcher } from '../i18n/LanguageSwitcher';
import { useLocalizeError } from '../i18n/use-localize-error';
import { receiptTokenFromHash } from '../lib/page-address';
import { LiveIndicator } from './LiveIndicator';
import { ReceiptCard } from './ReceiptCard';

/** A buyer's private receipt: what they bought and where it stands, updating live, in their language. */
export function ReceiptApp() {
  const intl = useIntl();
  const localize = useLocalizeError();
  const [token] = useState(() => receiptTokenFromHash(window.location.hash));
  const { state, connection, retry } = useReceipt(token);

  useEffect(() => {
    document.title = intl.formatMessage({ id: 'receipt.documentTitle' });
  }, [intl]);

  // A wrong or incomplete link: our own advice, chosen by the error's code. Anything else: the
  // error's reason in the page's language (the studio's, or this page's own "can't reach"); an
  // error without a reason (an older studio) gets our generic advice rather than English.
  const notFound = state.phase === 'error' && (state.error.code === 'unauthorized' || state.error.code === 'not_found');
  const failure = state.phase === 'error' && !notFound && state.error.reason ? localize(state.error).message : null;

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
            {failure ?? intl.formatMessage({ id: notFound ? 'receipt.notFound.body' : 'receipt.loadFailed.body' })}
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
