import { useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { CopyButton } from '../../components/CopyButton';
import { Field } from '../../components/Field';
import { useCommand } from '../../hooks/use-command';
import { useStudio } from '../../hooks/use-studio';
import { formErrors } from '../../lib/field-errors';

/** Invite someone for free: a name, their minutes, and a private link shown once. */
export function InviteForm() {
  const intl = useIntl();
  const { online } = useStudio();
  const invite = useCommand('guests.invite');
  const [name, setName] = useState('');
  const [minutes, setMinutes] = useState('5');
  const [link, setLink] = useState<{ name: string; url: string } | null>(null);
  const errors = formErrors(invite.error, '', ['name', 'minutes']);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await invite.run({ name: name.trim(), minutes: Number(minutes) });
    if (result?.ok) {
      setLink({ name: result.value.seat.guestName, url: result.value.joinUrl });
      setName('');
    }
  };

  return (
    <form className="form invite-form" onSubmit={(event) => void submit(event)} noValidate>
      <div className="form-row">
        <Field label={intl.formatMessage({ id: 'guests.invite.name' })} error={errors.fields.name} className="grow">
          {(control) => <input {...control} value={name} maxLength={60} onChange={(e) => setName(e.target.value)} />}
        </Field>
        <Field label={intl.formatMessage({ id: 'guests.invite.minutes' })} error={errors.fields.minutes}>
          {(control) => <input {...control} className="input-number" type="number" min={1} max={120} value={minutes} onChange={(e) => setMinutes(e.target.value)} />}
        </Field>
      </div>
      {errors.general ? (
        <p className="inline-error" role="alert">
          {errors.general}
        </p>
      ) : null}
      <div className="form-actions">
        <button type="submit" className="button" disabled={!online || invite.pending}>
          {intl.formatMessage({ id: invite.pending ? 'guests.invite.submitting' : 'guests.invite.submit' })}
        </button>
      </div>
      {link ? (
        <div className="invite-link" role="status">
          <p>
            <FormattedMessage id="guests.invite.link" values={{ name: link.name, strong: (chunks) => <strong>{chunks}</strong> }} />
          </p>
          <code className="invite-url">{link.url}</code>
          <CopyButton text={link.url} label={intl.formatMessage({ id: 'guests.invite.copy' })} />
        </div>
      ) : null}
    </form>
  );
}
