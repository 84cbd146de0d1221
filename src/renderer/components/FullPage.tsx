import type { ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { ConnectionState } from '../lib/studio-client';
import { ConnectionStatus } from '../studio/header/ConnectionStatus';
import { Notice } from './Notice';

/** The product's name, the same in every language. */
export const BRAND = 'Hotseat';

/** A whole-window state (opening, connecting, refused) for the pages that run a studio session. */
export function FullPage({ children, brand = BRAND }: { children: ReactNode; brand?: string }) {
  return (
    <main className="full-page">
      <div className="brand brand-large">{brand}</div>
      {children}
    </main>
  );
}

/** Until the first snapshot arrives: connecting (or offline), or the load error with a retry. */
export function SessionLoading({
  connection,
  loadError,
  errorTitle,
  onRetry,
  brand,
}: {
  brand?: string;
  connection: ConnectionState;
  loadError: { message: string } | null;
  errorTitle: string;
  onRetry: () => void;
}) {
  const intl = useIntl();
  return (
    <FullPage {...(brand ? { brand } : {})}>
      {loadError ? (
        <Notice
          kind="error"
          title={errorTitle}
          action={
            <button type="button" className="button" onClick={onRetry}>
              <FormattedMessage id="common.retry" />
            </button>
          }
        >
          {loadError.message}
        </Notice>
      ) : (
        <Notice kind={connection.status === 'offline' ? 'offline' : 'loading'} title={intl.formatMessage({ id: 'shell.connecting' })}>
          <ConnectionStatus connection={connection} />
        </Notice>
      )}
    </FullPage>
  );
}
