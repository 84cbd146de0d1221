import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSafeSecretStore, SecretStorageError, SECRETS_FILE_NAME } from '../../../src/main/shell/safe-secret-store';
import { FakeSafeStorage } from './fake-electron';

const STRIPE_KEY = 'sk_test_51HotseatSecretValue0123456789';
const WEBHOOK = 'whsec_HotseatWebhookSecret0123456789';

let dir: string;
let filePath: string;
let encryptor: FakeSafeStorage;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'hotseat-secrets-'));
  filePath = join(dir, 'user-data', SECRETS_FILE_NAME);
  encryptor = new FakeSafeStorage();
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function store(platform: NodeJS.Platform = 'linux') {
  return createSafeSecretStore({ filePath, encryptor, platform });
}

describe('safeStorage-backed secret store', () => {
  it('round-trips secrets across instances and forgets them on null', () => {
    expect(store().get('stripeSecretKey')).toBeNull();
    store().set('stripeSecretKey', STRIPE_KEY);
    store().set('stripeWebhookSecret', WEBHOOK);
    expect(store().get('stripeSecretKey')).toBe(STRIPE_KEY);
    expect(store().get('stripeWebhookSecret')).toBe(WEBHOOK);
    store().set('stripeSecretKey', null);
    expect(store().get('stripeSecretKey')).toBeNull();
    expect(store().get('stripeWebhookSecret')).toBe(WEBHOOK);
  });

  it('writes only ciphertext, in a 0600 file, leaving no temp files behind', () => {
    store().set('stripeSecretKey', STRIPE_KEY);
    store().set('obsPassword', 'correct horse battery staple');
    const raw = readFileSync(filePath, 'utf8');
    for (const secret of [STRIPE_KEY, 'sk_test_', 'correct horse', Buffer.from(STRIPE_KEY).toString('base64').slice(0, 12)]) {
      expect(raw).not.toContain(secret);
    }
    const parsed = JSON.parse(raw) as { secrets: Record<string, string> };
    expect(Object.keys(parsed.secrets).sort()).toEqual(['obsPassword', 'stripeSecretKey']);
    if (process.platform !== 'win32') expect(statSync(filePath).mode & 0o777).toBe(0o600);
    expect(readdirSync(join(dir, 'user-data'))).toEqual([SECRETS_FILE_NAME]);
  });

  it('refuses to store when encryption is unavailable, says why, and changes nothing', () => {
    store().set('stripeWebhookSecret', WEBHOOK);
    const before = readFileSync(filePath, 'utf8');
    encryptor.available = false;
    expect(() => store().set('stripeSecretKey', STRIPE_KEY)).toThrow(SecretStorageError);
    expect(() => store().set('stripeSecretKey', STRIPE_KEY)).toThrow(/cannot save the Stripe secret key: the system keyring is not available.*never written in plain text/);
    expect(() => store('darwin').set('stripeSecretKey', STRIPE_KEY)).toThrow(/secure storage is not available/);
    expect(readFileSync(filePath, 'utf8')).toBe(before);
    expect(() => store().get('stripeWebhookSecret')).toThrow(/cannot read the saved Stripe webhook signing secret/);
  });

  it("refuses Linux's basic_text fallback, whose key is public", () => {
    encryptor.backend = 'basic_text';
    expect(() => store('linux').set('stripeSecretKey', STRIPE_KEY)).toThrow(/no system keyring was found/);
    expect(() => statSync(filePath)).toThrow(/ENOENT/);
    // The backend name only matters on Linux; elsewhere safeStorage uses Keychain or DPAPI.
    store('win32').set('stripeSecretKey', STRIPE_KEY);
    expect(store('win32').get('stripeSecretKey')).toBe(STRIPE_KEY);
  });

  it('can still forget a secret without a keyring', () => {
    store().set('stripeSecretKey', STRIPE_KEY);
    encryptor.available = false;
    store().set('stripeSecretKey', null);
    encryptor.available = true;
    expect(store().get('stripeSecretKey')).toBeNull();
  });

  it('refuses an empty value rather than saving it', () => {
    expect(() => store().set('obsPassword', '')).toThrow(/empty/);
    expect(() => statSync(filePath)).toThrow(/ENOENT/);
  });

  it('explains a damaged file or a ciphertext the keyring cannot open', () => {
    store().set('stripeSecretKey', STRIPE_KEY);
    const otherMachine = new FakeSafeStorage();
    expect(() => createSafeSecretStore({ filePath, encryptor: otherMachine, platform: 'linux' }).get('stripeSecretKey')).toThrow(
      /cannot decrypt the saved Stripe secret key .*delete .*secrets\.safe-storage\.json/,
    );
    writeFileSync(filePath, '{"version":1,"secrets":{"stripeSecretKey":42}}');
    expect(() => store().get('stripeSecretKey')).toThrow(/is damaged/);
    writeFileSync(filePath, 'not json');
    expect(() => store().set('obsPassword', 'pw')).toThrow(/is damaged/);
    expect(readFileSync(filePath, 'utf8')).toBe('not json');
  });

  it('keeps secrets it does not know, so an older build never erases a newer one', () => {
    store().set('obsPassword', 'pw');
    const file = JSON.parse(readFileSync(filePath, 'utf8')) as { version: 1; secrets: Record<string, string> };
    file.secrets.futureSecret = Buffer.from('opaque').toString('base64');
    writeFileSync(filePath, JSON.stringify(file));
    store().set('stripeSecretKey', STRIPE_KEY);
    const after = JSON.parse(readFileSync(filePath, 'utf8')) as typeof file;
    expect(after.secrets.futureSecret).toBe(file.secrets.futureSecret);
  });
});
