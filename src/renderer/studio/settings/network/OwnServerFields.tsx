import type { OwnServerSettings } from '../../../../shared/settings';
import { CopyButton } from '../../../components/CopyButton';
import { Field } from '../../../components/Field';

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
  const set = (field: keyof OwnServerDraft) => (event: { target: { value: string } }) => onChange({ ...draft, [field]: event.target.value });
  const domain = safeHost(draft.publicUrl) ?? 'show.example.com';
  const setupLine = `sudo bash setup-hotseat-server.sh --domain ${domain} --user ${draft.username || 'hotseat'} --port ${draft.remotePort || '8443'} --key '${sshPublicKey ?? 'ssh-ed25519 …'}'`;
  return (
    <div className="own-server">
      <Field label="Public HTTPS address" error={errors['ownServer.publicUrl']} hint="The address viewers open, served by Caddy on your server, e.g. https://show.example.com (its DNS points at the server).">
        {(control) => <input {...control} type="url" value={draft.publicUrl} placeholder="https://show.example.com" spellCheck={false} onChange={set('publicUrl')} />}
      </Field>
      <div className="field-row">
        <Field label="Server address" error={errors['ownServer.host']} hint="Host name or IP the studio connects to over SSH.">
          {(control) => <input {...control} value={draft.host} placeholder="203.0.113.10" spellCheck={false} onChange={set('host')} />}
        </Field>
        <Field label="SSH port" error={errors['ownServer.sshPort']}>
          {(control) => <input {...control} className="input-number" inputMode="numeric" value={draft.sshPort} onChange={set('sshPort')} />}
        </Field>
      </div>
      <div className="field-row">
        <Field label="User on the server" error={errors['ownServer.username']}>
          {(control) => <input {...control} value={draft.username} spellCheck={false} onChange={set('username')} />}
        </Field>
        <Field label="Tunnel port" error={errors['ownServer.remotePort']} hint="Caddy forwards here (server loopback only).">
          {(control) => <input {...control} className="input-number" inputMode="numeric" value={draft.remotePort} onChange={set('remotePort')} />}
        </Field>
      </div>
      <div className="own-server-key">
        <p className="field-label">The studio’s key for your server</p>
        {sshPublicKey ? (
          <>
            <code className="own-server-key-text">{sshPublicKey}</code>
            <CopyButton text={sshPublicKey} label="Copy key" />
          </>
        ) : (
          <p className="field-hint">Appears once you choose “My own server” and save.</p>
        )}
        <p className="field-hint">
          On a fresh Debian or Ubuntu server, run the setup script from docs/PUBLIC.md (it installs Caddy for HTTPS and coturn for guests, and lets only this key open the
          tunnel):
        </p>
        <code className="own-server-key-text">{setupLine}</code>
        <CopyButton text={setupLine} label="Copy setup command" />
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
