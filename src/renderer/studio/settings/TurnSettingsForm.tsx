import { useState, type FormEvent, type ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { TurnState } from '../../../shared/turn';
import { Field } from '../../components/Field';
import { Notice } from '../../components/Notice';
import { useCommand } from '../../hooks/use-command';
import { useReadOnConnect } from '../../hooks/use-read-on-connect';
import { useStudio } from '../../hooks/use-studio';
import { useWordSaid } from '../../i18n/use-word-said';
import { formErrors } from '../../lib/field-errors';
import { FormFooter } from './FormFooter';
import { TurnTestResult } from './TurnTestResult';
import { useTurnTest } from './use-turn-test';

const code = (chunks: ReactNode[]) => <code>{chunks}</code>;

/**
 * The creator's TURN server (coturn with use-auth-secret): addresses and the shared secret
 * (write-only, kept in the keychain). Guests and moderators get credentials minted from it, valid
 * a few hours; "Test TURN" asks the server for a relay with such credentials, from this page.
 */
export function TurnSettingsForm() {
  const intl = useIntl();
  const { online } = useStudio();
  const { value: state, set: setState, loadError } = useReadOnConnect('settings.turn.get');
  if (loadError && !state) return <Notice kind="error" title={intl.formatMessage({ id: 'settings.turn.loadFailed' })}>{loadError}</Notice>;
  if (!state) return <Notice kind={online ? 'loading' : 'offline'} title={intl.formatMessage({ id: 'settings.turn.reading' })} />;
  return <Fields current={state} onSaved={setState} />;
}

function Fields({ current, onSaved }: { current: TurnState; onSaved: (state: TurnState) => void }) {
  const intl = useIntl();
  const { online } = useStudio();
  const save = useCommand('settings.turn.update');
  const test = useTurnTest();
  const word = useWordSaid();
  const [urls, setUrls] = useState(current.urls.join('\n'));
  const [secret, setSecret] = useState('');
  const [forget, setForget] = useState(false);
  const [saved, setSaved] = useState(false);
  const errors = formErrors(save.error, '', ['urls', 'secret']);
  const urlsError = Object.entries(errors.fields).find(([k]) => k.startsWith('urls'))?.[1];
  const typedUrls = urls
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  const unsaved = typedUrls.join('\n') !== current.urls.join('\n') || secret !== '' || forget;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const result = await save.run({ urls: typedUrls, ...(forget ? { secret: null } : secret ? { secret } : {}) });
    if (result?.ok) {
      setSaved(true);
      setSecret('');
      setForget(false);
      onSaved(result.value);
    }
  };

  return (
    <form className="form" onSubmit={(event) => void submit(event)} noValidate aria-label={intl.formatMessage({ id: 'settings.turn.form' })}>
      <p className="panel-note">
        <FormattedMessage id="settings.turn.note" values={{ code }} />
      </p>
      <Field label={intl.formatMessage({ id: 'settings.turn.urls.label' })} error={urlsError} hint={intl.formatMessage({ id: 'settings.turn.urls.hint' })}>
        {(control) => <textarea {...control} rows={2} spellCheck={false} value={urls} onChange={(e) => setUrls(e.target.value)} />}
      </Field>
      <Field
        label={intl.formatMessage({ id: 'settings.turn.secret.label' })}
        error={errors.fields.secret}
        hint={intl.formatMessage({ id: current.secretSet ? 'settings.turn.secret.hintSet' : 'settings.turn.secret.hintUnset' })}
      >
        {(control) => (
          <input
            {...control}
            type="password"
            autoComplete="new-password"
            placeholder={current.secretSet ? intl.formatMessage({ id: 'settings.turn.secret.placeholder' }) : ''}
            value={secret}
            disabled={forget}
            onChange={(e) => setSecret(e.target.value)}
          />
        )}
      </Field>
      {current.secretSet ? (
        <label className="checkbox">
          <input type="checkbox" checked={forget} onChange={(e) => setForget(e.target.checked)} />
          <FormattedMessage id="settings.turn.forget" />
        </label>
      ) : null}
      {current.problem ? (
        <p className="inline-error" role="alert">
          {word(current.problemReason ? { message: current.problem, reason: current.problemReason } : { message: current.problem })}
        </p>
      ) : null}
      <FormFooter
        error={errors.general}
        pending={save.pending}
        disabled={!online || save.pending}
        label={intl.formatMessage({ id: 'settings.turn.save' })}
        pendingLabel={intl.formatMessage({ id: 'settings.saving' })}
        saved={saved}
      >
        <button
          type="button"
          className="button"
          disabled={!online || test.state.status === 'testing' || unsaved}
          title={intl.formatMessage({ id: unsaved ? 'settings.saveFirst' : 'settings.turn.test.title' })}
          onClick={() => void test.run()}
        >
          <FormattedMessage id={test.state.status === 'testing' ? 'settings.turn.test.testing' : 'settings.turn.test'} />
        </button>
      </FormFooter>
      <TurnTestResult state={test.state} />
    </form>
  );
}
