import { useState, type FormEvent } from 'react';
import { useIntl } from 'react-intl';
import { RECEIPT_RESEND_PATH, ReceiptResendResponse } from '../../shared/mail';
import { Field } from '../components/Field';
import { useLocalizeError } from '../i18n/use-localize-error';
import { requestJson } from '../lib/http';

type ResendState = { phase: 'idle' } | { phase: 'sending' } | { phase: 'sent' } | { phase: 'error'; message: string; field?: string };

/**
 * "Lost your receipt?": the buyer types the email they paid with and the studio mails their
 * receipt links again. The answer is the same whether or not the address bought anything, so the
 * page says only that; a native form, so Enter submits and the button keeps its focus order.
 */
export function ResendReceiptForm() {
  const intl = useIntl();
  const localize = useLocalizeError();
  const [open, setOpen] = useState(false);
  const [email, setEmail] = useState('');
  const [state, setState] = useState<ResendState>({ phase: 'idle' });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (state.phase === 'sending') return;
    setState({ phase: 'sending' });
    const result = await requestJson(RECEIPT_RESEND_PATH, ReceiptResendResponse, { method: 'POST', body: { email } });
    // The studio's answer is always the same sentence (RECEIPT_RESEND_ANSWER): the catalog says it in the page's language.
    if (result.ok) setState({ phase: 'sent' });
    else {
      // A refusal (the address's field, or a whole sentence) in the page's language.
      const error = localize(result.error);
      setState({ phase: 'error', message: error.message, ...(error.details?.email ? { field: error.details.email } : {}) });
    }
  };

  if (!open) {
    return (
      <button type="button" className="button button-quiet" aria-expanded="false" onClick={() => setOpen(true)}>
        {intl.formatMessage({ id: 'store.resend.open' })}
      </button>
    );
  }
  return (
    <form className="resend-receipt" onSubmit={(event) => void submit(event)} noValidate aria-label={intl.formatMessage({ id: 'store.resend.formLabel' })}>
      <h2 className="resend-receipt-title">{intl.formatMessage({ id: 'store.resend.title' })}</h2>
      <p>{intl.formatMessage({ id: 'store.resend.intro' })}</p>
      {/* Opened by the buyer's own click: focus follows them into the field (autoFocus). */}
      <Field label={intl.formatMessage({ id: 'store.resend.email' })} error={state.phase === 'error' ? state.field : undefined}>
        {(control) => <input {...control} type="email" autoComplete="email" autoFocus required value={email} onChange={(e) => setEmail(e.target.value)} />}
      </Field>
      <button type="submit" className="button button-primary" disabled={state.phase === 'sending' || email.trim() === ''}>
        {intl.formatMessage({ id: state.phase === 'sending' ? 'store.resend.sending' : 'store.resend.submit' })}
      </button>
      {state.phase === 'sent' ? (
        <p role="status" className="resend-receipt-sent">
          {intl.formatMessage({ id: 'store.resend.sent' })}
        </p>
      ) : null}
      {state.phase === 'error' && !state.field ? (
        <p role="alert" className="inline-error">
          {state.message}
        </p>
      ) : null}
    </form>
  );
}
