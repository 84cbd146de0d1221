import { closeSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';
import type { SecretName, SecretStore } from '../core/secrets';

/**
 * The desktop app's SecretStore: each value is encrypted with Electron's safeStorage (Keychain,
 * DPAPI, or the Linux keyring) and kept base64-encoded in one JSON file in the user data folder.
 * When the OS cannot encrypt, it refuses to store and says why: a secret never touches disk in
 * plain text, nor under Linux's "basic_text" fallback, whose key is fixed and public.
 */
export interface StringEncryptor {
  isEncryptionAvailable(): boolean;
  encryptString(plainText: string): Buffer;
  decryptString(encrypted: Buffer): string;
  /** Linux only in Electron; tells a real keyring from the fixed-key fallback. */
  getSelectedStorageBackend?(): string;
}

export interface SafeSecretStoreOptions {
  filePath: string;
  encryptor: StringEncryptor;
  platform?: NodeJS.Platform;
}

/** Distinct from any plain-text secrets file the headless entry may keep in the same folder. */
export const SECRETS_FILE_NAME = 'secrets.safe-storage.json';

export class SecretStorageError extends Error {
  override name = 'SecretStorageError';
}

const SECRET_LABELS: Record<SecretName, string> = {
  stripeSecretKey: 'Stripe secret key',
  stripeWebhookSecret: 'Stripe webhook signing secret',
  obsPassword: 'OBS WebSocket password',
  ngrokAuthtoken: 'ngrok authtoken',
  sshPrivateKey: 'SSH key for your own server',
  turnSharedSecret: 'TURN shared secret',
  smtpPassword: 'SMTP password for buyer email',
};

// Unknown names are kept on rewrite, so an older build never erases a newer build's secrets.
const SecretsFile = z.object({
  version: z.literal(1),
  secrets: z.record(z.string(), z.base64()),
});
type SecretsFile = z.infer<typeof SecretsFile>;

function unavailableReason(encryptor: StringEncryptor, platform: NodeJS.Platform): string | null {
  if (!encryptor.isEncryptionAvailable()) {
    return platform === 'linux'
      ? 'the system keyring is not available (GNOME Keyring or KWallet must be running and unlocked)'
      : "the operating system's secure storage is not available";
  }
  if (platform === 'linux' && encryptor.getSelectedStorageBackend?.() === 'basic_text') {
    return 'no system keyring was found (GNOME Keyring or KWallet), and the fallback uses a publicly known key';
  }
  return null;
}

function readSecretsFile(filePath: string): SecretsFile {
  let text: string;
  try {
    text = readFileSync(filePath, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { version: 1, secrets: {} };
    throw error;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  const parsed = SecretsFile.safeParse(json);
  if (!parsed.success) {
    throw new SecretStorageError(`The saved secrets file ${filePath} is damaged. Delete it and enter your keys again.`);
  }
  return parsed.data;
}

/** Temp file, fsync, rename: a crash leaves the old file or the new one, never half of one. */
function writeAtomically(filePath: string, text: string): void {
  mkdirSync(dirname(filePath), { recursive: true, mode: 0o700 });
  const tempPath = `${filePath}.${process.pid}.tmp`;
  rmSync(tempPath, { force: true });
  const fd = openSync(tempPath, 'wx', 0o600);
  try {
    writeSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  try {
    renameSync(tempPath, filePath);
  } catch (error) {
    rmSync(tempPath, { force: true });
    throw error;
  }
  syncDirectory(dirname(filePath));
}

function syncDirectory(dir: string): void {
  if (process.platform === 'win32') return;
  const fd = openSync(dir, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

export function createSafeSecretStore({ filePath, encryptor, platform = process.platform }: SafeSecretStoreOptions): SecretStore {
  const save = (file: SecretsFile) => writeAtomically(filePath, `${JSON.stringify(file, null, 2)}\n`);

  return {
    get(name) {
      const stored = readSecretsFile(filePath).secrets[name];
      if (stored === undefined) return null;
      const reason = unavailableReason(encryptor, platform);
      if (reason !== null) throw new SecretStorageError(`Hotseat cannot read the saved ${SECRET_LABELS[name]}: ${reason}.`);
      try {
        return encryptor.decryptString(Buffer.from(stored, 'base64'));
      } catch (error) {
        const why = error instanceof Error ? error.message : String(error);
        throw new SecretStorageError(
          `Hotseat cannot decrypt the saved ${SECRET_LABELS[name]} (${why}). If the system keyring was reset, delete ${filePath} and enter the key again.`,
        );
      }
    },

    set(name, value) {
      const file = readSecretsFile(filePath);
      if (value === null) {
        // Forgetting a secret needs no encryption, so it works even without a keyring.
        if (!Object.hasOwn(file.secrets, name)) return;
        const { [name]: _removed, ...rest } = file.secrets;
        save({ ...file, secrets: rest });
        return;
      }
      if (value.length === 0) throw new SecretStorageError(`The ${SECRET_LABELS[name]} is empty; clear it instead of saving it.`);
      const reason = unavailableReason(encryptor, platform);
      if (reason !== null) {
        throw new SecretStorageError(
          `Hotseat cannot save the ${SECRET_LABELS[name]}: ${reason}. Nothing was saved; secrets are never written in plain text.`,
        );
      }
      const encrypted = encryptor.encryptString(value).toString('base64');
      save({ ...file, secrets: { ...file.secrets, [name]: encrypted } });
    },
  };
}
