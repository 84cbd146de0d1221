import { useState, type FormEvent } from 'react';
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

const SECURITY_LABELS: Record<MailSecurity, string> = {
  starttls: 'STARTTLS (usually port 587)',
  tls: 'TLS from the start (usually port 465)',
  none: 'None (only a server on this computer)',
};

/**
 * Settings → Email: the creator's SMTP server, the password (write-only, kept in the keychain),
 * a test message with the server's own answer, and the outbox (recent buyer emails, retry).
 */
export function MailSettingsForm() {
  const { online } = useStudio();
  const { value: state, set: setState, loadError } = useReadOnConnect('mail.settings.get');
  if (loadError && !state) return <Notice kind="error" title="Could not read the email settings">{loadError}</Notice>;
  if (!state) return <Notice kind={online ? 'loading' : 'offline'} title="Reading the email settings…" />;
  return (
    <>
      <Fields current={state} onSaved={setState} />
      <h3 className="panel-subtitle">Recent buyer emails</h3>
      <MailOutboxList />
    </>
  );
}

function Fields({ current, onSaved }: { current: MailState; onSaved: (state: MailState) => void }) {
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
    <form className="form" onSubmit={(event) => void submit(event)} noValidate aria-label="Email to buyers">
      {current.off ? (
        <p className="panel-note" role="status" data-testid="mail-off">
          {current.off}
        </p>
      ) : (
        <p className="panel-note" role="status">
          Buyers are emailed their receipt, their join link when accepted, “you’re next”, their selfie and shipping, from {current.settings.fromAddress}.
        </p>
      )}
      <label className="checkbox">
        <input type="checkbox" checked={draft.enabled} onChange={(e) => set('enabled', e.target.checked)} />
        Email buyers
      </label>
      <Field label="SMTP server" error={errors.fields.host} hint="Your mail provider’s SMTP host, e.g. smtp.example.com">
        {(control) => <input {...control} value={draft.host} spellCheck={false} onChange={(e) => set('host', e.target.value)} />}
      </Field>
      <Field label="Port" error={errors.fields.port}>
        {(control) => <input {...control} type="number" min={1} max={65535} value={draft.port} onChange={(e) => set('port', Number(e.target.value))} />}
      </Field>
      <Field label="Security" error={errors.fields.security}>
        {(control) => (
          <select {...control} value={draft.security} onChange={(e) => set('security', e.target.value as MailSecurity)}>
            {(Object.keys(SECURITY_LABELS) as MailSecurity[]).map((s) => (
              <option key={s} value={s}>
                {SECURITY_LABELS[s]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="User name" error={errors.fields.username} hint="Empty if the server takes mail without logging in.">
        {(control) => <input {...control} value={draft.username} autoComplete="off" spellCheck={false} onChange={(e) => set('username', e.target.value)} />}
      </Field>
      <Field label="Password" error={errors.fields.password} hint={current.passwordSet ? 'A password is set. Type a new one to replace it; it is never shown again.' : 'Kept in the system keychain, never shown again.'}>
        {(control) => (
          <input
            {...control}
            type="password"
            autoComplete="new-password"
            placeholder={current.passwordSet ? '•••••••• (password set)' : ''}
            value={password}
            disabled={forget}
            onChange={(e) => setPassword(e.target.value)}
          />
        )}
      </Field>
      {current.passwordSet ? (
        <label className="checkbox">
          <input type="checkbox" checked={forget} onChange={(e) => setForget(e.target.checked)} />
          Forget the password
        </label>
      ) : null}
      <Field label="From address" error={errors.fields.fromAddress} hint="An address your SMTP server may send from.">
        {(control) => <input {...control} type="email" value={draft.fromAddress} onChange={(e) => set('fromAddress', e.target.value)} />}
      </Field>
      <Field label="Sender name" error={errors.fields.senderName} hint="Your name as buyers see it; empty uses the show’s title.">
        {(control) => <input {...control} value={draft.senderName} onChange={(e) => set('senderName', e.target.value)} />}
      </Field>
      <FormFooter error={errors.general} pending={save.pending} disabled={!online || save.pending} label="Save email settings" pendingLabel="Saving…" saved={saved} />
      <Field label="Send a test email to" error={test.error?.details?.to}>
        {(control) => <input {...control} type="email" value={testTo} onChange={(e) => setTestTo(e.target.value)} />}
      </Field>
      <button
        type="button"
        className="button"
        disabled={!online || test.pending || unsaved || testTo === ''}
        title={unsaved ? 'Save first: the test uses the saved settings' : 'Send a message through your SMTP server now'}
        onClick={() => void sendTest()}
      >
        {test.pending ? 'Sending…' : 'Send test email'}
      </button>
      {test.pending ? (
        <p className="panel-note" role="status">
          <span className="spinner" aria-hidden="true" /> Talking to {current.settings.host}…
        </p>
      ) : null}
      {testResult ? (
        <p className={testResult.delivered ? 'panel-note' : 'inline-error'} role={testResult.delivered ? 'status' : 'alert'}>
          {testResult.delivered ? 'Sent. The server answered: ' : 'Not sent. '}
          {testResult.answer}
        </p>
      ) : null}
    </form>
  );
}
