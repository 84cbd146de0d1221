import { useState, type FormEvent } from 'react';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { CopyButton } from '../../components/CopyButton';
import { Field } from '../../components/Field';
import { useCommand } from '../../hooks/use-command';
import { useStudio } from '../../hooks/use-studio';
import { formErrors } from '../../lib/field-errors';
import { formatDateTime } from '../../lib/format';
import { webhookLinkFor } from '../../lib/studio-selectors';
import { FormFooter } from './FormFooter';

/**
 * The Stripe keys, write-only: the page sends a key once and from then on sees only its last four
 * characters. Fields are emptied after saving so a key never lingers in the page.
 */
export function PaymentsSettings() {
  const { snapshot, online } = useStudio();
  const webhook = webhookLinkFor(snapshot);
  const payments = snapshot.payments;
  const setKeys = useCommand('payments.setKeys');
  const [secretKey, setSecretKey] = useState('');
  const [webhookSecret, setWebhookSecret] = useState('');
  const [clearing, setClearing] = useState(false);
  const errors = formErrors(clearing ? null : setKeys.error, '', ['secretKey', 'webhookSecret']);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const trimmedWebhook = webhookSecret.trim();
    const result = await setKeys.run({ secretKey: secretKey.trim(), ...(trimmedWebhook ? { webhookSecret: trimmedWebhook } : {}) });
    if (result?.ok) {
      setSecretKey('');
      setWebhookSecret('');
    }
  };
  const clear = async () => {
    const result = await setKeys.run({ secretKey: null, webhookSecret: null });
    if (result?.ok) setClearing(false);
  };

  return (
    <div className="payments-settings">
      <dl className="facts">
        <dt>Mode</dt>
        <dd>
          {payments.mode === 'rehearsal' ? (
            <span className="payments-badge payments-rehearsal">Rehearsal — no real money</span>
          ) : (
            <span className="payments-badge payments-stripe">Stripe</span>
          )}
        </dd>
        {payments.mode === 'stripe' ? (
          <>
            <dt>Key</dt>
            <dd>…{payments.keyHint ?? '????'}</dd>
            <dt>Webhook</dt>
            <dd>{payments.webhookConfigured ? 'Signing secret set' : 'Not set: payments are found by polling Stripe'}</dd>
            <dt>Webhook URL</dt>
            <dd>
              {webhook ? (
                <span className="webhook-url">
                  <code>{webhook}</code> <CopyButton text={webhook} label="Copy" />
                </span>
              ) : (
                'Go public (Network) to receive webhooks; polling works meanwhile'
              )}
            </dd>
            <dt>Last check</dt>
            <dd>{payments.lastPollAt ? formatDateTime(payments.lastPollAt) : 'Not yet'}</dd>
          </>
        ) : null}
        {payments.lastError ? (
          <>
            <dt>Problem</dt>
            <dd className="inline-error">{payments.lastError}</dd>
          </>
        ) : null}
      </dl>
      {payments.mode === 'rehearsal' ? (
        <p className="panel-note">Without a Stripe key the studio runs a rehearsal: viewers go through a pretend checkout and no money moves.</p>
      ) : null}
      <form className="form" onSubmit={(event) => void submit(event)} noValidate autoComplete="off">
        <Field label={payments.mode === 'stripe' ? 'Replace Stripe secret key' : 'Stripe secret key'} error={errors.fields.secretKey} hint="sk_live_…, sk_test_… or a restricted rk_… key from your Stripe dashboard.">
          {(control) => (
            <input {...control} type="password" autoComplete="off" spellCheck={false} value={secretKey} onChange={(event) => setSecretKey(event.target.value)} />
          )}
        </Field>
        <Field label="Webhook signing secret" error={errors.fields.webhookSecret} hint="Optional (whsec_…). Only useful with a public address; leave empty to keep the current one.">
          {(control) => (
            <input {...control} type="password" autoComplete="off" spellCheck={false} value={webhookSecret} onChange={(event) => setWebhookSecret(event.target.value)} />
          )}
        </Field>
        <FormFooter
          error={errors.general}
          pending={setKeys.pending && !clearing}
          disabled={!online || setKeys.pending || secretKey.trim() === ''}
          label="Save keys"
          pendingLabel="Checking key…"
        >
          {payments.mode === 'stripe' ? (
            <button
              type="button"
              className="button button-danger-quiet"
              disabled={!online || setKeys.pending}
              onClick={() => {
                setKeys.clearError();
                setClearing(true);
              }}
            >
              Remove keys
            </button>
          ) : null}
        </FormFooter>
      </form>
      {clearing ? (
        <ConfirmDialog
          title="Remove the Stripe keys?"
          confirmLabel="Remove keys"
          tone="danger"
          busy={setKeys.pending}
          error={setKeys.error?.message ?? null}
          onConfirm={() => void clear()}
          onCancel={() => setClearing(false)}
        >
          <p>The studio goes back to rehearsal mode: new purchases are pretend and no money moves.</p>
        </ConfirmDialog>
      ) : null}
    </div>
  );
}
