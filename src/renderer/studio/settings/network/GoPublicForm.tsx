import { useState, type FormEvent } from 'react';
import type { PublicMode } from '../../../../shared/public-address';
import { Field } from '../../../components/Field';
import { useCommand } from '../../../hooks/use-command';
import { useStudio } from '../../../hooks/use-studio';
import { formErrors } from '../../../lib/field-errors';
import { PUBLIC_MODE_LABELS } from '../../../lib/public-status';
import { FormFooter } from '../FormFooter';
import { NgrokTokenForm } from './NgrokTokenForm';
import { OwnServerFields, ownServerDraft, type OwnServerDraft } from './OwnServerFields';

const MODES: PublicMode[] = ['off', 'own_server', 'ngrok', 'own_url'];
const MODE_HINTS: Record<PublicMode, string> = {
  off: 'Nothing leaves this computer. Fine for a rehearsal on your own.',
  own_server: 'Your server (any small Linux VPS) holds the HTTPS address and TURN; the studio connects out to it, no port forwarding at home.',
  ngrok: 'An address from ngrok in one click. The free plan shows viewers a warning page once; a paid plan or your own domain removes it.',
  own_url: 'You run a reverse proxy or tunnel yourself and type its HTTPS address.',
};

/** Settings → Network → Go public: which way viewers, guests and moderators reach the studio. */
export function GoPublicForm() {
  const { snapshot, online } = useStudio();
  const network = snapshot.network;
  const save = useCommand('settings.network.update');
  const [mode, setMode] = useState<PublicMode>(network.publicMode ?? 'off');
  const [server, setServer] = useState<OwnServerDraft>(() => ownServerDraft(network.ownServer));
  const [domain, setDomain] = useState(network.ngrok.domain ?? '');
  const [ownUrl, setOwnUrl] = useState(network.publicBaseUrl ?? '');
  const [saved, setSaved] = useState(false);
  const errors = formErrors(save.error, '', ['publicMode', 'ownServer', 'ngrok', 'publicBaseUrl']);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const result = await save.run({
      ...network,
      publicMode: mode,
      ownServer:
        mode === 'own_server'
          ? { host: server.host.trim(), sshPort: Number(server.sshPort), username: server.username.trim(), remotePort: Number(server.remotePort), publicUrl: server.publicUrl.trim() }
          : network.ownServer,
      ngrok: { domain: mode === 'ngrok' ? domain.trim() || null : network.ngrok.domain },
      publicBaseUrl: mode === 'own_url' ? ownUrl.trim() || null : network.publicBaseUrl,
    });
    if (result?.ok) setSaved(true);
  };

  return (
    <div className="go-public">
      <form className="form" onSubmit={(event) => void submit(event)} noValidate>
        <fieldset className="radio-group go-public-modes">
          <legend>Go public</legend>
          {MODES.map((value) => (
            <label key={value} className="checkbox go-public-mode">
              <input
                type="radio"
                name="public-mode"
                value={value}
                checked={mode === value}
                onChange={() => {
                  setMode(value);
                  setSaved(false);
                }}
              />
              <span>
                <strong>{PUBLIC_MODE_LABELS[value]}</strong>
                <span className="field-hint">{MODE_HINTS[value]}</span>
              </span>
            </label>
          ))}
        </fieldset>
        {mode === 'own_server' ? <OwnServerFields draft={server} onChange={setServer} errors={errors.fields} sshPublicKey={snapshot.publicAddress.sshPublicKey} /> : null}
        {mode === 'ngrok' ? (
          <Field label="Your ngrok domain (optional)" error={errors.fields['ngrok.domain']} hint="A domain reserved in your ngrok dashboard (Domains) keeps the same address for every show. Empty: ngrok picks one each time.">
            {(control) => <input {...control} value={domain} placeholder="myshow.ngrok.app" spellCheck={false} onChange={(event) => setDomain(event.target.value)} />}
          </Field>
        ) : null}
        {mode === 'own_url' ? (
          <Field label="Public address" error={errors.fields.publicBaseUrl} hint="Your tunnel or reverse proxy, e.g. https://show.example.com. Cameras need HTTPS on guests' browsers.">
            {(control) => <input {...control} type="url" value={ownUrl} placeholder="https://show.example.com" spellCheck={false} onChange={(event) => setOwnUrl(event.target.value)} />}
          </Field>
        ) : null}
        <FormFooter
          error={errors.general}
          pending={save.pending}
          disabled={!online || save.pending}
          label={mode === 'off' ? 'Save' : mode === (network.publicMode ?? 'off') ? 'Save and reconnect' : 'Go public'}
          pendingLabel="Saving…"
          saved={saved}
        />
      </form>
      {mode === 'ngrok' ? <NgrokTokenForm /> : null}
    </div>
  );
}
