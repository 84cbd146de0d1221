import { useState, type FormEvent } from 'react';
import { Field } from '../../components/Field';
import { Notice } from '../../components/Notice';
import { useCommand } from '../../hooks/use-command';
import { useStudio } from '../../hooks/use-studio';
import { formErrors } from '../../lib/field-errors';
import { FormFooter } from './FormFooter';

/** Where the server listens, and proxies of the creator's own whose X-Forwarded-For is believed (Advanced). */
export function NetworkSettingsForm() {
  const { snapshot, online } = useStudio();
  const save = useCommand('settings.network.update');
  const [bindAddress, setBindAddress] = useState(snapshot.network.bindAddress);
  const [proxies, setProxies] = useState(snapshot.network.trustedProxies.join(', '));
  const [saved, setSaved] = useState(false);
  const errors = formErrors(save.error, '', ['bindAddress', 'trustedProxies']);
  const proxyError = Object.entries(errors.fields).find(([field]) => field.startsWith('trustedProxies'))?.[1];
  const proxyList = proxies.split(/[\s,]+/).filter((p) => p.length > 0);
  const dirty =
    bindAddress !== snapshot.network.bindAddress ||
    proxyList.join(',') !== snapshot.network.trustedProxies.join(',');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const result = await save.run({ ...snapshot.network, bindAddress: bindAddress.trim(), trustedProxies: proxyList });
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
        label="Trusted proxy addresses"
        error={proxyError}
        hint="Only for a tunnel or proxy you run yourself (I have my own address): the address it connects from, e.g. 127.0.0.1. Viewers behind it are then told apart by their own limits. The studio's own tunnels need nothing here."
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
