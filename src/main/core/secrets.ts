/**
 * Where the studio keeps secrets. The Electron shell backs this with safeStorage (OS keychain);
 * the headless entry backs it with environment variables or a 0600 file in the data dir.
 * Secrets flow into the core only: no command, event, log line or page ever carries one back out.
 */
export const SECRET_NAMES = ['stripeSecretKey', 'stripeWebhookSecret', 'obsPassword', 'ngrokAuthtoken', 'sshPrivateKey', 'turnSharedSecret', 'smtpPassword'] as const;
export type SecretName = (typeof SECRET_NAMES)[number];

export interface SecretStore {
  get(name: SecretName): string | null;
  set(name: SecretName, value: string | null): void;
}

/** A store that lives only in memory; for tests and for `serve` runs that take keys from env. */
export function memorySecretStore(initial: Partial<Record<SecretName, string>> = {}): SecretStore {
  const values = new Map<SecretName, string>(Object.entries(initial) as [SecretName, string][]);
  return {
    get: (name) => values.get(name) ?? null,
    set: (name, value) => {
      if (value === null) values.delete(name);
      else values.set(name, value);
    },
  };
}
