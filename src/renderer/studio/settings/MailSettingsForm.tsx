import { useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { MailSecurity, MailSettings, MailState, MailTestResult } from '../../../shared/mail';
import { Field } from '../../components/Field';
import { Notice } from '../../components/Notice';
import { useCommand } from '../../hooks/use-command';
import { useReadOnConnect } from '../../hooks/use-read-on-connect';
import { useStudio } from '../../hooks/use-studio';
import { formErrors } from '../../lib/field-errors';
import { MailOutboxList } from '../mail/MailOutboxList';
import { FormFooter } from './FormFooter';

const FIELDS = ['enabled', 'host', 'port', 'security', 'username', 'fromAddress', 'senderName'] as const;

const SECURITIES: MailSecurity[] = ['starttls', 'tls', 'none'];

/**
 * Settings → Email: the creator's SMTP server, the password (write-only, kept in the keychain),
 * a test message with the server's own answer, and the outbox (recent buyer emails, retry).
 */
export function MailSettingsForm() {
  const intl = useIntl();
  const { online } = useStudio();
  const { value: state, set: setState, loadError } = useReadOnConnect('mail.settings.get');
  if (loadError && !state) return <Notice kind="error" title={intl.formatMessage({ id: 'settings.mail.loadFailed' })}>{loadError}</Notice>;
  if (!state) return <Notice kind={online ? 'loading' : 'offline'} title={intl.formatMessage({ id: 'settings.mail.reading' })} />;
  return (
    <>
      <Fields current={state} onSaved={setState} />
      <h3 className="panel-subtitle">
        <FormattedMessage id="settings.mail.outbox" />
      </h3>
      <MailOutboxList />
    </>
  );
}

function Fields({ current, onSaved }: { current: MailState; onSaved: (state: MailState) => void }) {
  const intl = useIntl();
  const { online } = useStudio();
  const save = useCommand('mail.settings.set');
  const test = useCommand('mail.test');
  const [draft, setDraft] = useState<MailSettings>(current.settings);
  const [password, setPassword] = useState('');
  const [forget, setForget] = useState(false);
  const [saved, setSaved] = useState(false);
  const [testTo, setTestTo] = useState('');
  const [testResult, setTestResult] = useState<MailTestResult | null>(null);
  const errors = formErrors(save.error, 'settings.', [...FIELDS, 'password']);
  const unsaved = JSON.stringify(draft) !== JSON.stringify(current.settings) || password !== '' || forget;
  const set = <K extends keyof MailSettings>(key: K, value: MailSettings[K]) => {
    setSaved(false);
    setDraft((d) => ({ ...d, [key]: value }));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await save.run({ settings: draft, ...(forget ? { password: null } : password ? { password } : {}) });
    if (result?.ok) {
      setSaved(true);
      setPassword('');
      setForget(false);
      onSaved(result.value);
    }
  };

  const sendTest = async () => {
    setTestResult(null);
    const result = await test.run({ to: testTo });
    if (result?.ok) setTestResult(result.value);
  };

  return (
    <form className="form" onSubmit={(event) => void submit(event)} noValidate aria-label={intl.formatMessage({ id: 'settings.mail.form' })}>
      {current.off ? (
        <p className="panel-note" role="status" data-testid="mail-off">
          {/* The core's `off` is an English sentence; the same two reasons, read from the settings, in the creator's language. */}
          <FormattedMessage id={current.settings.enabled ? 'settings.mail.off.incomplete' : 'settings.mail.off.disabled'} />
        </p>
      ) : (
        <p className="panel-note" role="status">
          <FormattedMessage id="settings.mail.on" values={{ fromAddress: current.settings.fromAddress }} />
        </p>
      )}
      <label className="checkbox">
        <input type="checkbox" checked={draft.enabled} onChange={(e) => set('enabled', e.target.checked)} />
        <FormattedMessage id="settings.mail.enabled" />
      </label>
      <Field label={intl.formatMessage({ id: 'settings.mail.host.label' })} error={errors.fields.host} hint={intl.formatMessage({ id: 'settings.mail.host.hint' })}>
        {(control) => <input {...control} value={draft.host} spellCheck={false} onChange={(e) => set('host', e.target.value)} />}
      </Field>
      <Field label={intl.formatMessage({ id: 'settings.mail.port' })} error={errors.fields.port}>
        {(control) => <input {...control} type="number" min={1} max={65535} value={draft.port} onChange={(e) => set('port', Number(e.target.value))} />}
      </Field>
      <Field label={intl.formatMessage({ id: 'settings.mail.security' })} error={errors.fields.security}>
        {(control) => (
          <select {...control} value={draft.security} onChange={(e) => set('security', e.target.value as MailSecurity)}>
            {SECURITIES.map((s) => (
              <option key={s} value={s}>
                {intl.formatMessage({ id: 'settings.mail.security.option' }, { security: s })}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={intl.formatMessage({ id: 'settings.mail.username.label' })} error={errors.fields.username} hint={intl.formatMessage({ id: 'settings.mail.username.hint' })}>
        {(control) => <input {...control} value={draft.username} autoComplete="off" spellCheck={false} onChange={(e) => set('username', e.target.value)} />}
      </Field>
      <Field
        label={intl.formatMessage({ id: 'settings.mail.password.label' })}
        error={errors.fields.password}
        hint={intl.formatMessage({ id: current.passwordSet ? 'settings.mail.password.hintSet' : 'settings.mail.password.hintUnset' })}
      >
        {(control) => (
          <input
            {...control}
            type="password"
            autoComplete="new-password"
            placeholder={current.passwordSet ? intl.formatMessage({ id: 'settings.mail.password.placeholder' }) : ''}
            value={password}
            disabled={forget}
            onChange={(e) => setPassword(e.target.value)}
          />
        )}
      </Field>
      {current.passwordSet ? (
        <label className="checkbox">
          <input type="checkbox" checked={forget} onChange={(e) => setForget(e.target.checked)} />
          <FormattedMessage id="settings.mail.forget" />
        </label>
      ) : null}
      <Field label={intl.formatMessage({ id: 'settings.mail.from.label' })} error={errors.fields.fromAddress} hint={intl.formatMessage({ id: 'settings.mail.from.hint' })}>
        {(control) => <input {...control} type="email" value={draft.fromAddress} onChange={(e) => set('fromAddress', e.target.value)} />}
      </Field>
      <Field label={intl.formatMessage({ id: 'settings.mail.sender.label' })} error={errors.fields.senderName} hint={intl.formatMessage({ id: 'settings.mail.sender.hint' })}>
        {(control) => <input {...control} value={draft.senderName} onChange={(e) => set('senderName', e.target.value)} />}
      </Field>
      <FormFooter
        error={errors.general}
        pending={save.pending}
        disabled={!online || save.pending}
        label={intl.formatMessage({ id: 'settings.mail.save' })}
        pendingLabel={intl.formatMessage({ id: 'settings.saving' })}
        saved={saved}
      />
      <Field label={intl.formatMessage({ id: 'settings.mail.test.to' })} error={test.error?.details?.to}>
        {(control) => <input {...control} type="email" value={testTo} onChange={(e) => setTestTo(e.target.value)} />}
      </Field>
      <button
        type="button"
        className="button"
        disabled={!online || test.pending || unsaved || testTo === ''}
        title={intl.formatMessage({ id: unsaved ? 'settings.saveFirst' : 'settings.mail.test.title' })}
        onClick={() => void sendTest()}
      >
        <FormattedMessage id={test.pending ? 'settings.mail.test.sending' : 'settings.mail.test.send'} />
      </button>
      {test.pending ? (
        <p className="panel-note" role="status">
          <span className="spinner" aria-hidden="true" /> <FormattedMessage id="settings.mail.test.talking" values={{ host: current.settings.host }} />
        </p>
      ) : null}
      {testResult ? (
        <p className={testResult.delivered ? 'panel-note' : 'inline-error'} role={testResult.delivered ? 'status' : 'alert'}>
          <FormattedMessage id={testResult.delivered ? 'settings.mail.test.sent' : 'settings.mail.test.notSent'} values={{ answer: testResult.answer }} />
        </p>
      ) : null}
    </form>
  );
}
