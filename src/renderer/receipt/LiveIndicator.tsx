import { useContext } from 'react';
import { IntlContext, type IntlShape } from 'react-intl';
import { createTranslator } from '../../shared/i18n/messages';
import type { ConnectionState } from '../lib/studio-client';

// The guest page shows this indicator too and has no language provider yet: it reads English.
const english = createTranslator('en');

/** Whether the status on screen is live or may be out of date. */
export function LiveIndicator({ connection }: { connection: ConnectionState }) {
  // Typed as always there, but undefined outside an IntlProvider.
  const intl = useContext(IntlContext) as IntlShape | undefined;
  const values = { status: connection.status };
  const text = intl ? intl.formatMessage({ id: 'receipt.live' }, values) : english('receipt.live', values);
  return (
    <span className={`live-indicator live-indicator-${connection.status}`} role="status" aria-live="polite">
      <span className="live-indicator-dot" aria-hidden="true" />
      {text}
    </span>
  );
}
