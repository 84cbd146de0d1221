import { useState, type FormEvent } from 'react';
import { RECEIPT_RESEND_PATH, ReceiptResendResponse } from '../../shared/mail';
import { Field } from '../components/Field';
import { requestJson } from '../lib/http';

type ResendState = { phase: 'idle' } | { phase: 'sending' } | { phase: 'sent'; message: string } | { phase: 'error'; message: string; field?: string };

/**
 * "Lost your receipt?": the buyer types the email they paid with and the studio mails their
 * receipt links again. The answer is the same whether or not the address bought anything, so the
 * page says only that; a native form, so Enter submits and the button keeps its focus order.
 */
export function ResendReceiptForm() {
  const [open, setOpen] = useState(false);
  const [email, setEmail] = useState('');
  const [state, setState] = useState<ResendState>({ phase: 'idle' });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (state.phase === 'sending') return;
    setState({ phase: 'sending' });
    const result = await requestJson(RECEIPT_RESEND_PATH, ReceiptResendResponse, { method: 'POST', body: { email } });
    if (result.ok) setState({ phase: 'sent', message: result.value.message });
    else setState({ phase: 'error', message: result.error.message, ...(result.error.details?.email ? { field: result.error.details.email } : {}) });
  };

  if (!open) {
    return (
      <button type="button" className="button button-quiet" aria-expanded="false" onClick={() => setOpen(true)}>
        Lost your receipt?
      </button>
    );
  }
  return (
    <form className="resend-receipt" onSubmit={(event) => void submit(event)} noValidate aria-label="Send my receipts again">
      <h2 className="resend-receipt-title">Lost your receipt?</h2>
      <p>Type the email address you paid with and we will send your receipt links again.</p>
      {/* Opened by the buyer's own click: focus follows them into the field (autoFocus). */}
      <Field label="Email address" error={state.phase === 'error' ? state.field : undefined}>
        {(control) => <input {...control} type="email" autoComplete="email" autoFocus required value={email} onChange={(e) => setEmail(e.target.value)} />}
      </Field>
      <button type="submit" className="button button-primary" disabled={state.phase === 'sending' || email.trim() === ''}>
        {state.phase === 'sending' ? 'Sending…' : 'Send my receipts'}
      </button>
      {state.phase === 'sent' ? (
        <p role="status" className="resend-receipt-sent">
          {state.message}
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
