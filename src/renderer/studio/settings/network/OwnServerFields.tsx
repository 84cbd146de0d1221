import { FormattedMessage, useIntl } from 'react-intl';
import type { OwnServerSettings } from '../../../../shared/settings';
import { CopyButton } from '../../../components/CopyButton';
import { Field } from '../../../components/Field';

/** Example addresses for the placeholders, the same in every language. */
const URL_EXAMPLE = 'https://show.example.com';
const HOST_EXAMPLE = '203.0.113.10';

export interface OwnServerDraft {
  host: string;
  sshPort: string;
  username: string;
  remotePort: string;
  publicUrl: string;
}

export function ownServerDraft(saved: OwnServerSettings | null): OwnServerDraft {
  return {
    host: saved?.host ?? '',
    sshPort: String(saved?.sshPort ?? 22),
    username: saved?.username ?? 'hotseat',
    remotePort: String(saved?.remotePort ?? 8443),
    publicUrl: saved?.publicUrl ?? '',
  };
}

/** The creator's server: where to connect, and the studio's key to put there (with the setup line). */
export function OwnServerFields({
  draft,
  onChange,
  errors,
  sshPublicKey,
}: {
  draft: OwnServerDraft;
  onChange: (next: OwnServerDraft) => void;
  errors: Record<string, string>;
  sshPublicKey: string | null;
}) {
  const intl = useIntl();
  const set = (field: keyof OwnServerDraft) => (event: { target: { value: string } }) => onChange({ ...draft, [field]: event.target.value });
  const domain = safeHost(draft.publicUrl) ?? 'show.example.com';
  const setupLine = `sudo bash setup-hotseat-server.sh --domain ${domain} --user ${draft.username || 'hotseat'} --port ${draft.remotePort || '8443'} --key '${sshPublicKey ?? 'ssh-ed25519 …'}'`;
  return (
    <div className="own-server">
      <Field
        label={intl.formatMessage({ id: 'settings.network.own.publicUrl.label' })}
        error={errors['ownServer.publicUrl']}
        hint={intl.formatMessage({ id: 'settings.network.own.publicUrl.hint' })}
      >
        {(control) => <input {...control} type="url" value={draft.publicUrl} placeholder={URL_EXAMPLE} spellCheck={false} onChange={set('publicUrl')} />}
      </Field>
      <div className="field-row">
        <Field label={intl.formatMessage({ id: 'settings.network.own.host.label' })} error={errors['ownServer.host']} hint={intl.formatMessage({ id: 'settings.network.own.host.hint' })}>
          {(control) => <input {...control} value={draft.host} placeholder={HOST_EXAMPLE} spellCheck={false} onChange={set('host')} />}
        </Field>
        <Field label={intl.formatMessage({ id: 'settings.network.own.sshPort' })} error={errors['ownServer.sshPort']}>
          {(control) => <input {...control} className="input-number" inputMode="numeric" value={draft.sshPort} onChange={set('sshPort')} />}
        </Field>
      </div>
      <div className="field-row">
        <Field label={intl.formatMessage({ id: 'settings.network.own.username' })} error={errors['ownServer.username']}>
          {(control) => <input {...control} value={draft.username} spellCheck={false} onChange={set('username')} />}
        </Field>
        <Field
          label={intl.formatMessage({ id: 'settings.network.own.remotePort.label' })}
          error={errors['ownServer.remotePort']}
          hint={intl.formatMessage({ id: 'settings.network.own.remotePort.hint' })}
        >
          {(control) => <input {...control} className="input-number" inputMode="numeric" value={draft.remotePort} onChange={set('remotePort')} />}
        </Field>
      </div>
      <div className="own-server-key">
        <p className="field-label">
          <FormattedMessage id="settings.network.own.key" />
        </p>
        {sshPublicKey ? (
          <>
            <code className="own-server-key-text">{sshPublicKey}</code>
            <CopyButton text={sshPublicKey} label={intl.formatMessage({ id: 'settings.network.own.key.copy' })} />
          </>
        ) : (
          <p className="field-hint">
            <FormattedMessage id="settings.network.own.key.none" />
          </p>
        )}
        <p className="field-hint">
          <FormattedMessage id="settings.network.own.setup" />
        </p>
        <code className="own-server-key-text">{setupLine}</code>
        <CopyButton text={setupLine} label={intl.formatMessage({ id: 'settings.network.own.setup.copy' })} />
      </div>
    </div>
  );
}

function safeHost(url: string): string | null {
  try {
    return new URL(url).hostname || null;
  } catch {
    return null;
  }
}
