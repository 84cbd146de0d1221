import { useState, type FormEvent } from 'react';
import type { CreatedModeratorInvite } from '../../../shared/moderation';
import { CopyButton } from '../../components/CopyButton';
import { Field } from '../../components/Field';
import { useCommand } from '../../hooks/use-command';
import { useStudio } from '../../hooks/use-studio';

const EXPIRY_CHOICES: { hours: number; label: string }[] = [
  { hours: 4, label: '4 hours (tonight’s show)' },
  { hours: 12, label: '12 hours' },
  { hours: 24, label: '1 day' },
  { hours: 72, label: '3 days' },
  { hours: 168, label: '1 week' },
];

/** Name + expiry → a private link, shown once, to send to the moderator. */
export function InviteForm() {
  const { online } = useStudio();
  const invite = useCommand('moderators.invite');
  const [name, setName] = useState('');
  const [hours, setHours] = useState(4);
  const [created, setCreated] = useState<CreatedModeratorInvite | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await invite.run({ name, expiresInHours: hours });
    if (result?.ok) {
      setCreated(result.value);
      setName('');
    }
  };

  return (
    <div className="invite">
      <form className="invite-form" onSubmit={(event) => void submit(event)} noValidate>
        <Field label="Moderator’s name" error={invite.error?.details?.name} hint="Shown in the activity log next to what they do.">
          {(control) => <input {...control} value={name} maxLength={40} onChange={(event) => setName(event.target.value)} />}
        </Field>
        <Field label="Link works for" error={invite.error?.details?.expiresInHours}>
          {(control) => (
            <select {...control} value={hours} onChange={(event) => setHours(Number(event.target.value))}>
              {EXPIRY_CHOICES.map((choice) => (
                <option key={choice.hours} value={choice.hours}>
                  {choice.label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <button type="submit" className="button button-primary" disabled={!online || invite.pending}>
          {invite.pending ? 'Creating…' : 'Create invite link'}
        </button>
      </form>
      {invite.error && !invite.error.details ? (
        <p className="inline-error" role="alert">
          {invite.error.message}
        </p>
      ) : null}
      {created ? (
        <div className="invite-created" role="status">
          <p>
            <strong>Send this link to {created.invite.name}.</strong> It is shown only now; anyone with it can moderate until it expires or you
            revoke it.
          </p>
          <div className="invite-link">
            <code>{created.link}</code>
            <CopyButton text={created.link} label="Copy link" />
            <button type="button" className="button button-small button-quiet" onClick={() => setCreated(null)}>
              Done
            </button>
          </div>
        </div>
      ) : null}
    </div>
  );
}
