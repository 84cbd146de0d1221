import { useState, type FormEvent, type ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { CreatedModeratorInvite } from '../../../shared/moderation';
import { CopyButton } from '../../components/CopyButton';
import { Field } from '../../components/Field';
import { useCommand } from '../../hooks/use-command';
import { useStudio } from '../../hooks/use-studio';

type ExpiryWords = 'team.invite.expiry.tonight' | 'team.invite.expiry.hours' | 'team.invite.expiry.days' | 'team.invite.expiry.weeks';

const EXPIRY_CHOICES: { hours: number; words: ExpiryWords; count: number }[] = [
  { hours: 4, words: 'team.invite.expiry.tonight', count: 4 },
  { hours: 12, words: 'team.invite.expiry.hours', count: 12 },
  { hours: 24, words: 'team.invite.expiry.days', count: 1 },
  { hours: 72, words: 'team.invite.expiry.days', count: 3 },
  { hours: 168, words: 'team.invite.expiry.weeks', count: 1 },
];

const strong = (chunks: ReactNode[]) => <strong>{chunks}</strong>;

/** Name + expiry → a private link, shown once, to send to the moderator. */
export function InviteForm() {
  const intl = useIntl();
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
        <Field label={intl.formatMessage({ id: 'team.invite.name.label' })} error={invite.error?.details?.name} hint={intl.formatMessage({ id: 'team.invite.name.hint' })}>
          {(control) => <input {...control} value={name} maxLength={40} onChange={(event) => setName(event.target.value)} />}
        </Field>
        <Field label={intl.formatMessage({ id: 'team.invite.expiry.label' })} error={invite.error?.details?.expiresInHours}>
          {(control) => (
            <select {...control} value={hours} onChange={(event) => setHours(Number(event.target.value))}>
              {EXPIRY_CHOICES.map((choice) => (
                <option key={choice.hours} value={choice.hours}>
                  {intl.formatMessage({ id: choice.words }, { count: choice.count })}
                </option>
              ))}
            </select>
          )}
        </Field>
        <button type="submit" className="button button-primary" disabled={!online || invite.pending}>
          <FormattedMessage id={invite.pending ? 'team.invite.creating' : 'team.invite.create'} />
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
            <FormattedMessage id="team.invite.created" values={{ strong, name: created.invite.name }} />
          </p>
          <div className="invite-link">
            <code>{created.link}</code>
            <CopyButton text={created.link} label={intl.formatMessage({ id: 'team.invite.copy' })} />
            <button type="button" className="button button-small button-quiet" onClick={() => setCreated(null)}>
              <FormattedMessage id="team.invite.done" />
            </button>
          </div>
        </div>
      ) : null}
    </div>
  );
}
