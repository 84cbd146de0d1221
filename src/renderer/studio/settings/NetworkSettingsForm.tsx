import { useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Field } from '../../components/Field';
import { Notice } from '../../components/Notice';
import { useCommand } from '../../hooks/use-command';
import { useStudio } from '../../hooks/use-studio';
import { formErrors } from '../../lib/field-errors';
import { FormFooter } from './FormFooter';

/** The placeholder of the proxies field: an address, the same in every language. */
const LOOPBACK = '127.0.0.1';

/** Where the server listens, and proxies of the creator's own whose X-Forwarded-For is believed (Advanced). */
export function NetworkSettingsForm() {
  const intl = useIntl();
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
        label={intl.formatMessage({ id: 'settings.network.bind.label' })}
        error={errors.fields.bindAddress}
        hint={intl.formatMessage({ id: 'settings.network.bind.hint' })}
      >
        {(control) => <input {...control} value={bindAddress} spellCheck={false} onChange={(event) => setBindAddress(event.target.value)} />}
      </Field>
      <Field
        label={intl.formatMessage({ id: 'settings.network.proxies.label' })}
        error={proxyError}
        hint={intl.formatMessage({ id: 'settings.network.proxies.hint' })}
      >
        {(control) => <input {...control} value={proxies} placeholder={LOOPBACK} spellCheck={false} onChange={(event) => setProxies(event.target.value)} />}
      </Field>
      {snapshot.listening.bindAddress !== snapshot.network.bindAddress ? (
        <Notice kind="info" title={intl.formatMessage({ id: 'settings.network.restart.title' }, { address: snapshot.network.bindAddress })}>
          <FormattedMessage id="settings.network.restart.body" values={{ address: snapshot.listening.bindAddress }} />
        </Notice>
      ) : null}
      <FormFooter
        error={errors.general}
        pending={save.pending}
        disabled={!online || save.pending || !dirty}
        label={intl.formatMessage({ id: 'settings.network.save' })}
        pendingLabel={intl.formatMessage({ id: 'settings.saving' })}
        saved={saved && !dirty}
      />
    </form>
  );
}
