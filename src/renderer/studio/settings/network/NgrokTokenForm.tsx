import { useState, type FormEvent } from 'react';
import { useIntl } from 'react-intl';
import { Field } from '../../../components/Field';
import { useCommand } from '../../../hooks/use-command';
import { useStudio } from '../../../hooks/use-studio';
import { formErrors } from '../../../lib/field-errors';
import { FormFooter } from '../FormFooter';

/** The ngrok authtoken, write-only like the Stripe key: sent once, never shown again. */
export function NgrokTokenForm() {
  const intl = useIntl();
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
        label={intl.formatMessage({ id: isSet ? 'settings.network.ngrok.replace' : 'settings.network.ngrok.label' })}
        error={errors.fields.authtoken}
        hint={intl.formatMessage({ id: isSet ? 'settings.network.ngrok.hintSet' : 'settings.network.ngrok.hintUnset' })}
      >
        {(control) => <input {...control} type="password" autoComplete="off" spellCheck={false} value={token} onChange={(event) => setTokenText(event.target.value)} />}
      </Field>
      <FormFooter
        error={errors.general}
        pending={setToken.pending}
        disabled={!online || setToken.pending || token.trim() === ''}
        label={intl.formatMessage({ id: 'settings.network.ngrok.save' })}
        pendingLabel={intl.formatMessage({ id: 'settings.saving' })}
      />
    </form>
  );
}
