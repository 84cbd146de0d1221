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
  const pair = generateEd25519KeyPair(COMMENT);
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

/**
 * An ed25519 key pair that ssh2 itself can read back. ssh2 1.17's generator strips leading zero
 * bytes from the public key, so about 1 key in 256 comes out malformed (mscdex/ssh2#1513): such a
 * pair is made again. Both halves are checked, as the studio and its tests use both.
 */
export function generateEd25519KeyPair(comment?: string): { private: string; public: string } {
  for (let tries = 0; ; tries += 1) {
    const pair = ssh2.utils.generateKeyPairSync('ed25519', comment ? { comment } : {});
    if (!(ssh2.utils.parseKey(pair.public) instanceof Error) && !(ssh2.utils.parseKey(pair.private) instanceof Error)) return pair;
    if (tries >= 20) throw new Error('Could not make an SSH key the SSH library can read');
  }
}
