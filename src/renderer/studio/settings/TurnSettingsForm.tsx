import { useState, type FormEvent } from 'react';
import type { TurnState } from '../../../shared/turn';
import { Field } from '../../components/Field';
import { Notice } from '../../components/Notice';
import { useCommand } from '../../hooks/use-command';
import { useReadOnConnect } from '../../hooks/use-read-on-connect';
import { useStudio } from '../../hooks/use-studio';
import { formErrors } from '../../lib/field-errors';
import { FormFooter } from './FormFooter';
import { TurnTestResult } from './TurnTestResult';
import { useTurnTest } from './use-turn-test';

/**
 * The creator's TURN server (coturn with use-auth-secret): addresses and the shared secret
 * (write-only, kept in the keychain). Guests and moderators get credentials minted from it, valid
 * a few hours; "Test TURN" asks the server for a relay with such credentials, from this page.
 */
export function TurnSettingsForm() {
  const { online } = useStudio();
  const { value: state, set: setState, loadError } = useReadOnConnect('settings.turn.get');
  if (loadError && !state) return <Notice kind="error" title="Could not read the TURN settings">{loadError}</Notice>;
  if (!state) return <Notice kind={online ? 'loading' : 'offline'} title="Reading the TURN settings…" />;
  return <Fields current={state} onSaved={setState} />;
}

function Fields({ current, onSaved }: { current: TurnState; onSaved: (state: TurnState) => void }) {
  const { online } = useStudio();
  const save = useCommand('settings.turn.update');
  const test = useTurnTest();
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
    <form className="form" onSubmit={(event) => void submit(event)} noValidate aria-label="TURN server">
      <p className="panel-note">
        Without TURN, guests use public STUN to find a path to you; on office, school or mobile networks that often fails. With your own TURN server
        (coturn with <code>use-auth-secret</code>), pages get credentials valid for 8 hours, renewed while they stay open; the secret never leaves this studio.
      </p>
      <Field label="TURN server addresses" error={urlsError} hint="One per line, e.g. turn:turn.example.com:3478?transport=udp and turns:turn.example.com:5349. STUN on the same server is added for you.">
        {(control) => <textarea {...control} rows={2} spellCheck={false} value={urls} onChange={(e) => setUrls(e.target.value)} />}
      </Field>
      <Field
        label="Shared secret"
        error={errors.fields.secret}
        hint={current.secretSet ? 'A secret is set. Type a new one to replace it; it is never shown again.' : 'The static-auth-secret from your TURN server’s configuration. Kept in the system keychain, never shown again.'}
      >
        {(control) => (
          <input
            {...control}
            type="password"
            autoComplete="new-password"
            placeholder={current.secretSet ? '•••••••• (secret set)' : ''}
            value={secret}
            disabled={forget}
            onChange={(e) => setSecret(e.target.value)}
          />
        )}
      </Field>
      {current.secretSet ? (
        <label className="checkbox">
          <input type="checkbox" checked={forget} onChange={(e) => setForget(e.target.checked)} />
          Forget the secret (no TURN for guests)
        </label>
      ) : null}
      {current.problem ? (
        <p className="inline-error" role="alert">
          {current.problem}
        </p>
      ) : null}
      <FormFooter error={errors.general} pending={save.pending} disabled={!online || save.pending} label="Save TURN" pendingLabel="Saving…" saved={saved}>
        <button
          type="button"
          className="button"
          disabled={!online || test.state.status === 'testing' || unsaved}
          title={unsaved ? 'Save first: the test uses the saved settings' : 'Ask the TURN server for a relay with freshly minted credentials'}
          onClick={() => void test.run()}
        >
          {test.state.status === 'testing' ? 'Testing…' : 'Test TURN'}
        </button>
      </FormFooter>
      <TurnTestResult state={test.state} />
    </form>
  );
}
