import { useState, type FormEvent } from 'react';
import { Field } from '../../../components/Field';
import { useCommand } from '../../../hooks/use-command';
import { useStudio } from '../../../hooks/use-studio';
import { formErrors } from '../../../lib/field-errors';
import { FormFooter } from '../FormFooter';

/** The ngrok authtoken, write-only like the Stripe key: sent once, never shown again. */
export function NgrokTokenForm() {
  const { snapshot, online } = useStudio();
  const setToken = useCommand('public.setNgrokToken');
  const [token, setTokenText] = useState('');
  const errors = formErrors(setToken.error, '', ['authtoken']);
  const isSet = snapshot.publicAddress.ngrokTokenSet;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await setToken.run({ authtoken: token.trim() });
    if (result?.ok) setTokenText('');
  };

  return (
    <form className="form" onSubmit={(event) => void submit(event)} noValidate autoComplete="off">
      <Field
        label={isSet ? 'Replace ngrok authtoken' : 'ngrok authtoken'}
        error={errors.fields.authtoken}
        hint={isSet ? 'A token is saved (kept encrypted; never shown again).' : 'From dashboard.ngrok.com → Your Authtoken. Kept encrypted by your system; never shown again.'}
      >
        {(control) => <input {...control} type="password" autoComplete="off" spellCheck={false} value={token} onChange={(event) => setTokenText(event.target.value)} />}
      </Field>
      <FormFooter error={errors.general} pending={setToken.pending} disabled={!online || setToken.pending || token.trim() === ''} label="Save token" pendingLabel="Saving…" />
    </form>
  );
}
