import { useState } from 'react';
import { Notice } from '../components/Notice';
import { useReceipt } from '../hooks/use-receipt';
import { receiptTokenFromHash } from '../lib/page-address';
import { LiveIndicator } from './LiveIndicator';
import { ReceiptCard } from './ReceiptCard';

/** A buyer's private receipt: what they bought and where it stands, updating live. */
export function ReceiptApp() {
  const [token] = useState(() => receiptTokenFromHash(window.location.hash));
  const { state, connection, retry } = useReceipt(token);

  return (
    <div className="public-page">
      <header className="public-header public-header-compact">
        <h1>Your receipt</h1>
        {state.phase === 'ready' ? <LiveIndicator connection={connection} /> : null}
      </header>
      <main className="public-main">
        {state.phase === 'missing-token' ? (
          <Notice kind="error" title="This receipt link is incomplete">
            Open the full link from your checkout confirmation; it ends with <code>#t=…</code>.
          </Notice>
        ) : null}
        {state.phase === 'loading' ? <Notice kind="loading" title="Loading your receipt…" /> : null}
        {state.phase === 'error' ? (
          <Notice
            kind="error"
            title={state.error.code === 'unauthorized' || state.error.code === 'not_found' ? 'We couldn’t find this receipt' : 'Your receipt could not be loaded'}
            action={
              state.error.code === 'unauthorized' || state.error.code === 'not_found' ? undefined : (
                <button type="button" className="button" onClick={retry}>
                  Try again
                </button>
              )
            }
          >
            {state.error.message}
          </Notice>
        ) : null}
        {state.phase === 'ready' && token ? <ReceiptCard receipt={state.receipt} token={token} /> : null}
        <aside className="keep-note">
          <strong>Keep this page.</strong> Bookmark it to check on your order later. The link is private: anyone who has it can see this receipt, so
          don’t share it.
        </aside>
      </main>
    </div>
  );
}
