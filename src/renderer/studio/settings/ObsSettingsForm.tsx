import { useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { ObsPathChoice, ObsSettings } from '../../../shared/obs';
import { Field } from '../../components/Field';
import { useCommand } from '../../hooks/use-command';
import { useStudio } from '../../hooks/use-studio';
import { formErrors } from '../../lib/field-errors';
import { useProgram } from '../program/ProgramContext';
import { FormFooter } from './FormFooter';

const PATHS: ObsPathChoice[] = ['auto', 'browser', 'media'];

/** The OBS connection: on/off, address, the password (write-only) and how the program gets in. */
export function ObsSettingsForm() {
  const { obs } = useProgram();
  if (!obs) {
    return (
      <p className="panel-note">
        <FormattedMessage id="settings.obs.reading" />
      </p>
    );
  }
  // Filled once from the saved settings: later status updates never undo the host's typing.
  return <ObsSettingsFields current={obs.settings} />;
}

function ObsSettingsFields({ current }: { current: ObsSettings }) {
  const intl = useIntl();
  const { online } = useStudio();
  const save = useCommand('obs.configure');
  const [enabled, setEnabled] = useState(current.enabled);
  const [address, setAddress] = useState(current.address);
  const [programPath, setProgramPath] = useState<ObsPathChoice>(current.programPath);
  const [password, setPassword] = useState('');
  const [forget, setForget] = useState(false);
  const [saved, setSaved] = useState(false);
  const errors = formErrors(save.error, '', ['address', 'password', 'programPath']);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const result = await save.run({
      enabled,
      address: address.trim(),
      programPath,
      ...(forget ? { password: null } : password ? { password } : {}),
    });
    if (result?.ok) {
      setSaved(true);
      setPassword('');
      setForget(false);
    }
  };

  return (
    <form className="form" onSubmit={(event) => void submit(event)} noValidate>
      <label className="checkbox">
        <input type="checkbox" checked={enabled} onChange={(event) => setEnabled(event.target.checked)} />
        <FormattedMessage id="settings.obs.enabled" />
      </label>
      <Field label={intl.formatMessage({ id: 'settings.obs.address.label' })} error={errors.fields.address} hint={intl.formatMessage({ id: 'settings.obs.address.hint' })}>
        {(control) => <input {...control} value={address} spellCheck={false} onChange={(event) => setAddress(event.target.value)} />}
      </Field>
      <Field
        label={intl.formatMessage({ id: 'settings.obs.password.label' })}
        error={errors.fields.password}
        hint={intl.formatMessage({ id: current.passwordSet ? 'settings.obs.password.hintSet' : 'settings.obs.password.hintUnset' })}
      >
        {(control) => (
          <input
            {...control}
            type="password"
            autoComplete="new-password"
            placeholder={current.passwordSet ? intl.formatMessage({ id: 'settings.obs.password.placeholder' }) : ''}
            value={password}
            disabled={forget}
            onChange={(event) => setPassword(event.target.value)}
          />
        )}
      </Field>
      {current.passwordSet ? (
        <label className="checkbox">
          <input type="checkbox" checked={forget} onChange={(event) => setForget(event.target.checked)} />
          <FormattedMessage id="settings.obs.forget" />
        </label>
      ) : null}
      <Field label={intl.formatMessage({ id: 'settings.obs.path.label' })} error={errors.fields.programPath} hint={intl.formatMessage({ id: 'settings.obs.path.hint' })}>
        {(control) => (
          <select {...control} value={programPath} onChange={(event) => setProgramPath(event.target.value as ObsPathChoice)}>
            {PATHS.map((path) => (
              <option key={path} value={path}>
                {intl.formatMessage({ id: 'settings.obs.path.option' }, { path })}
              </option>
            ))}
          </select>
        )}
      </Field>
      <FormFooter
        error={errors.general}
        pending={save.pending}
        disabled={!online || save.pending}
        label={intl.formatMessage({ id: 'settings.obs.save' })}
        pendingLabel={intl.formatMessage({ id: 'settings.obs.connecting' })}
        saved={saved}
      />
    </form>
  );
}
