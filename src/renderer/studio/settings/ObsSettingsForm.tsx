import { useState, type FormEvent } from 'react';
import type { ObsPathChoice, ObsSettings } from '../../../shared/obs';
import { Field } from '../../components/Field';
import { useCommand } from '../../hooks/use-command';
import { useStudio } from '../../hooks/use-studio';
import { formErrors } from '../../lib/field-errors';
import { useProgram } from '../program/ProgramContext';
import { FormFooter } from './FormFooter';

/** The OBS connection: on/off, address, the password (write-only) and how the program gets in. */
export function ObsSettingsForm() {
  const { obs } = useProgram();
  if (!obs) return <p className="panel-note">Reading the OBS settings…</p>;
  // Filled once from the saved settings: later status updates never undo the host's typing.
  return <ObsSettingsFields current={obs.settings} />;
}

function ObsSettingsFields({ current }: { current: ObsSettings }) {
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
        Drive OBS from the studio (scene, program input, streaming and recording)
      </label>
      <Field label="OBS WebSocket address" error={errors.fields.address} hint="In OBS: Tools → WebSocket Server Settings → Show Connect Info. Usually ws://127.0.0.1:4455.">
        {(control) => <input {...control} value={address} spellCheck={false} onChange={(event) => setAddress(event.target.value)} />}
      </Field>
      <Field
        label="Password"
        error={errors.fields.password}
        hint={current.passwordSet ? 'A password is saved. Type a new one to replace it; it is never shown again.' : 'The server password from OBS. Kept in the system keychain, never shown again.'}
      >
        {(control) => (
          <input
            {...control}
            type="password"
            autoComplete="new-password"
            placeholder={current.passwordSet ? '•••••••• (saved)' : ''}
            value={password}
            disabled={forget}
            onChange={(event) => setPassword(event.target.value)}
          />
        )}
      </Field>
      {current.passwordSet ? (
        <label className="checkbox">
          <input type="checkbox" checked={forget} onChange={(event) => setForget(event.target.checked)} />
          Forget the saved password (OBS without authentication)
        </label>
      ) : null}
      <Field label="How the program gets into OBS" error={errors.fields.programPath} hint="Automatic uses the program page where OBS has a browser source (lowest delay), else the program stream.">
        {(control) => (
          <select {...control} value={programPath} onChange={(event) => setProgramPath(event.target.value as ObsPathChoice)}>
            <option value="auto">Automatic</option>
            <option value="browser">Program page (browser source)</option>
            <option value="media">Program stream (media source)</option>
          </select>
        )}
      </Field>
      <FormFooter error={errors.general} pending={save.pending} disabled={!online || save.pending} label="Save and connect" pendingLabel="Connecting…" saved={saved} />
    </form>
  );
}
