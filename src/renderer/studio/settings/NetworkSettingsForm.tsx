import { useState, type FormEvent } from 'react';
import { Field } from '../../components/Field';
import { Notice } from '../../components/Notice';
import { useCommand } from '../../hooks/use-command';
import { useStudio } from '../../hooks/use-studio';
import { formErrors } from '../../lib/field-errors';
import { FormFooter } from './FormFooter';

/** Where the server listens and which address goes into the links viewers and guests get. */
export function NetworkSettingsForm() {
  const { snapshot, online } = useStudio();
  const save = useCommand('settings.network.update');
  const [bindAddress, setBindAddress] = useState(snapshot.network.bindAddress);
  const [publicBaseUrl, setPublicBaseUrl] = useState(snapshot.network.publicBaseUrl ?? '');
  const [proxies, setProxies] = useState(snapshot.network.trustedProxies.join(', '));
  const [saved, setSaved] = useState(false);
  const errors = formErrors(save.error, '', ['bindAddress', 'publicBaseUrl', 'trustedProxies']);
  const proxyError = Object.entries(errors.fields).find(([field]) => field.startsWith('trustedProxies'))?.[1];
  const proxyList = proxies.split(/[\s,]+/).filter((p) => p.length > 0);
  const dirty =
    bindAddress !== snapshot.network.bindAddress ||
    publicBaseUrl.trim() !== (snapshot.network.publicBaseUrl ?? '') ||
    proxyList.join(',') !== snapshot.network.trustedProxies.join(',');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const result = await save.run({ bindAddress: bindAddress.trim(), publicBaseUrl: publicBaseUrl.trim() || null, trustedProxies: proxyList });
    if (result?.ok) setSaved(true);
  };

  return (
    <form className="form" onSubmit={(event) => void submit(event)} noValidate>
      <Field
        label="Bind address"
        error={errors.fields.bindAddress}
        hint="127.0.0.1 keeps the server on this computer. 0.0.0.0 opens it to your network (needed for phones on the same Wi-Fi)."
      >
        {(control) => <input {...control} value={bindAddress} spellCheck={false} onChange={(event) => setBindAddress(event.target.value)} />}
      </Field>
      <Field
        label="Public address"
        error={errors.fields.publicBaseUrl}
        hint="Your tunnel or reverse proxy, e.g. https://show.example.com. Used in every link you hand out; leave empty to use the local address."
      >
        {(control) => (
          <input
            {...control}
            type="url"
            placeholder="https://show.example.com"
            value={publicBaseUrl}
            spellCheck={false}
            onChange={(event) => setPublicBaseUrl(event.target.value)}
          />
        )}
      </Field>
      <Field
        label="Trusted proxy addresses"
        error={proxyError}
        hint="The address your tunnel or reverse proxy connects from, e.g. 127.0.0.1 for a tunnel on this computer. Only then are viewers behind it told apart (each gets their own purchase and retry limits). Leave empty if you use none."
      >
        {(control) => <input {...control} value={proxies} placeholder="127.0.0.1" spellCheck={false} onChange={(event) => setProxies(event.target.value)} />}
      </Field>
      {snapshot.listening.bindAddress !== snapshot.network.bindAddress ? (
        <Notice kind="info" title={`Restart Hotseat to listen on ${snapshot.network.bindAddress}`}>
          The studio is listening on {snapshot.listening.bindAddress} until then.
        </Notice>
      ) : null}
      <FormFooter
        error={errors.general}
        pending={save.pending}
        disabled={!online || save.pending || !dirty}
        label="Save network settings"
        pendingLabel="Saving…"
        saved={saved && !dirty}
      />
    </form>
  );
}
