import ssh2 from 'ssh2';
import type { SecretStore } from '../secrets';

export interface SshIdentity {
  privateKey: string;
  /** `ssh-ed25519 AAAA… hotseat-studio`: the line for the server's authorized_keys. Not a secret. */
  publicKey: string;
}

const COMMENT = 'hotseat-studio';

/**
 * The studio's own SSH key for the "own server" tunnel: made once (ed25519) and kept in the
 * SecretStore (the OS keychain in the desktop app), so the creator only ever handles the public half.
 */
export function loadOrCreateSshIdentity(secrets: SecretStore): SshIdentity {
  const stored = secrets.get('sshPrivateKey');
  if (stored) {
    const identity = sshIdentityOf(stored);
    if (identity) return identity;
  }
  const pair = ssh2.utils.generateKeyPairSync('ed25519', { comment: COMMENT });
  secrets.set('sshPrivateKey', pair.private);
  return { privateKey: pair.private, publicKey: pair.public.trim() };
}

/** The public line for a private key, or null when it is not a key ssh2 can use. */
export function sshIdentityOf(privateKey: string): SshIdentity | null {
  const parsed = ssh2.utils.parseKey(privateKey);
  if (parsed instanceof Error) return null;
  const key: ssh2.ParsedKey | undefined = Array.isArray(parsed) ? (parsed as ssh2.ParsedKey[])[0] : parsed;
  if (!key || !key.isPrivateKey()) return null;
  return { privateKey, publicKey: `${key.type} ${key.getPublicSSH().toString('base64')} ${COMMENT}` };
}
