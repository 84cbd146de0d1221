import { useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
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
  const intl = useIntl();
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
        <dt>
          <FormattedMessage id="settings.payments.mode" />
        </dt>
        <dd>
          {payments.mode === 'rehearsal' ? (
            <span className="payments-badge payments-rehearsal">
              <FormattedMessage id="settings.payments.mode.rehearsal" />
            </span>
          ) : (
            <span className="payments-badge payments-stripe">
              <FormattedMessage id="settings.payments.mode.stripe" />
            </span>
          )}
        </dd>
        {payments.mode === 'stripe' ? (
          <>
            <dt>
              <FormattedMessage id="settings.payments.key" />
            </dt>
            <dd>
              <FormattedMessage id="settings.payments.keyHint" values={{ hint: payments.keyHint ?? '????' }} />
            </dd>
            <dt>
              <FormattedMessage id="settings.payments.webhook" />
            </dt>
            <dd>
              <FormattedMessage id={payments.webhookConfigured ? 'settings.payments.webhook.set' : 'settings.payments.webhook.unset'} />
            </dd>
            <dt>
              <FormattedMessage id="settings.payments.webhookUrl" />
            </dt>
            <dd>
              {webhook ? (
                <span className="webhook-url">
                  <code>{webhook}</code> <CopyButton text={webhook} label={intl.formatMessage({ id: 'settings.copy' })} />
                </span>
              ) : (
                <FormattedMessage id="settings.payments.webhookUrl.none" />
              )}
            </dd>
            <dt>
              <FormattedMessage id="settings.payments.lastCheck" />
            </dt>
            <dd>{payments.lastPollAt ? formatDateTime(payments.lastPollAt, intl.locale) : <FormattedMessage id="settings.payments.lastCheck.never" />}</dd>
          </>
        ) : null}
        {payments.lastError ? (
          <>
            <dt>
              <FormattedMessage id="settings.payments.problem" />
            </dt>
            <dd className="inline-error">{payments.lastError}</dd>
          </>
        ) : null}
      </dl>
      {payments.mode === 'rehearsal' ? (
        <p className="panel-note">
          <FormattedMessage id="settings.payments.rehearsalNote" />
        </p>
      ) : null}
      <form className="form" onSubmit={(event) => void submit(event)} noValidate autoComplete="off">
        <Field
          label={intl.formatMessage({ id: payments.mode === 'stripe' ? 'settings.payments.secretKey.replace' : 'settings.payments.secretKey.label' })}
          error={errors.fields.secretKey}
          hint={intl.formatMessage({ id: 'settings.payments.secretKey.hint' })}
        >
          {(control) => (
            <input {...control} type="password" autoComplete="off" spellCheck={false} value={secretKey} onChange={(event) => setSecretKey(event.target.value)} />
          )}
        </Field>
        <Field
          label={intl.formatMessage({ id: 'settings.payments.webhookSecret.label' })}
          error={errors.fields.webhookSecret}
          hint={intl.formatMessage({ id: 'settings.payments.webhookSecret.hint' })}
        >
          {(control) => (
            <input {...control} type="password" autoComplete="off" spellCheck={false} value={webhookSecret} onChange={(event) => setWebhookSecret(event.target.value)} />
          )}
        </Field>
        <FormFooter
          error={errors.general}
          pending={setKeys.pending && !clearing}
          disabled={!online || setKeys.pending || secretKey.trim() === ''}
          label={intl.formatMessage({ id: 'settings.payments.save' })}
          pendingLabel={intl.formatMessage({ id: 'settings.payments.checking' })}
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
              <FormattedMessage id="settings.payments.remove" />
            </button>
          ) : null}
        </FormFooter>
      </form>
      {clearing ? (
        <ConfirmDialog
          title={intl.formatMessage({ id: 'settings.payments.remove.title' })}
          confirmLabel={intl.formatMessage({ id: 'settings.payments.remove' })}
          tone="danger"
          busy={setKeys.pending}
          error={setKeys.error?.message ?? null}
          onConfirm={() => void clear()}
          onCancel={() => setClearing(false)}
        >
          <p>
            <FormattedMessage id="settings.payments.remove.body" />
          </p>
        </ConfirmDialog>
      ) : null}
    </div>
  );
}
