import { useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { PublicMode } from '../../../../shared/public-address';
import { Field } from '../../../components/Field';
import { useCommand } from '../../../hooks/use-command';
import { useStudio } from '../../../hooks/use-studio';
import { formErrors } from '../../../lib/field-errors';
import { FormFooter } from '../FormFooter';
import { NgrokTokenForm } from './NgrokTokenForm';
import { OwnServerFields, ownServerDraft, type OwnServerDraft } from './OwnServerFields';

const MODES: PublicMode[] = ['off', 'own_server', 'ngrok', 'own_url'];
/** Example addresses for the placeholders, the same in every language. */
const NGROK_EXAMPLE = 'myshow.ngrok.app';
const URL_EXAMPLE = 'https://show.example.com';

/** Settings → Network → Go public: which way viewers, guests and moderators reach the studio. */
export function GoPublicForm() {
  const intl = useIntl();
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
          <legend>
            <FormattedMessage id="settings.network.public.legend" />
          </legend>
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
                <strong>
                  <FormattedMessage id="settings.network.public.mode" values={{ mode: value }} />
                </strong>
                <span className="field-hint">
                  <FormattedMessage id="settings.network.public.modeHint" values={{ mode: value }} />
                </span>
              </span>
            </label>
          ))}
        </fieldset>
        {mode === 'own_server' ? <OwnServerFields draft={server} onChange={setServer} errors={errors.fields} sshPublicKey={snapshot.publicAddress.sshPublicKey} /> : null}
        {mode === 'ngrok' ? (
          <Field
            label={intl.formatMessage({ id: 'settings.network.public.ngrokDomain.label' })}
            error={errors.fields['ngrok.domain']}
            hint={intl.formatMessage({ id: 'settings.network.public.ngrokDomain.hint' })}
          >
            {(control) => <input {...control} value={domain} placeholder={NGROK_EXAMPLE} spellCheck={false} onChange={(event) => setDomain(event.target.value)} />}
          </Field>
        ) : null}
        {mode === 'own_url' ? (
          <Field
            label={intl.formatMessage({ id: 'settings.network.public.ownUrl.label' })}
            error={errors.fields.publicBaseUrl}
            hint={intl.formatMessage({ id: 'settings.network.public.ownUrl.hint' })}
          >
            {(control) => <input {...control} type="url" value={ownUrl} placeholder={URL_EXAMPLE} spellCheck={false} onChange={(event) => setOwnUrl(event.target.value)} />}
          </Field>
        ) : null}
        <FormFooter
          error={errors.general}
          pending={save.pending}
          disabled={!online || save.pending}
          label={intl.formatMessage({
            id: mode === 'off' ? 'settings.network.public.save' : mode === (network.publicMode ?? 'off') ? 'settings.network.public.saveReconnect' : 'settings.network.public.go',
          })}
          pendingLabel={intl.formatMessage({ id: 'settings.saving' })}
          saved={saved}
        />
      </form>
      {mode === 'ngrok' ? <NgrokTokenForm /> : null}
    </div>
  );
}
