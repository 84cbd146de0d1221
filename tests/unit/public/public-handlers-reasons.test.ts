import { describe, expect, it } from 'vitest';
import { localizeError } from '../../../src/shared/i18n/localize-error';
import type { AppErrorShape, Result } from '../../../src/shared/result';
import type { Principal } from '../../../src/main/core/auth/principal';
import { createPublicHandlers } from '../../../src/main/core/commands/public-handlers';
import type { PublicAddress } from '../../../src/main/core/public/public-address';
import { memorySecretStore } from '../../../src/main/core/secrets';

/** Going public's refusals as reasons: the host's settings page words them in its language. */

const refusal = async <T>(result: Result<T> | Promise<Result<T>>): Promise<AppErrorShape> => {
  const settled = await result;
  if (settled.ok) throw new Error('expected a refusal');
  return settled.error;
};

// Only what the two commands touch; the real service's one refusal of a key it did not offer.
const publicAddress = {
  trustHostKey: () => ({ ok: false, message: 'That is not the key the server offered. Connect again, then trust the key it shows.' }),
  retry: () => undefined,
  status: () => ({}),
} as unknown as PublicAddress;
const host = {} as Principal;

describe('going public’s refusals', () => {
  it('a host key the server did not offer, on the field too', async () => {
    const handlers = createPublicHandlers({ publicAddress, secrets: memorySecretStore() });
    const error = await refusal(handlers['public.trustHostKey']({ fingerprint: `SHA256:${'A'.repeat(43)}` }, host));
    expect(error).toMatchObject({
      code: 'conflict',
      message: 'That is not the key the server offered. Connect again, then trust the key it shows.',
      details: { fingerprint: 'That is not the key the server offered. Connect again, then trust the key it shows.' },
      reason: { id: 'error.goingPublic.hostKeyNotOffered' },
    });
    expect(localizeError(error, 'fr').details?.fingerprint).toBe('Ce n’est pas la clé que le serveur a présentée. Reconnectez-vous, puis faites confiance à la clé qu’il affiche.');
  });

  it('an authtoken the keychain refused', async () => {
    const secrets = { ...memorySecretStore(), set: () => { throw new Error('no OS encryption'); } };
    const handlers = createPublicHandlers({ publicAddress, secrets });
    const error = await refusal(handlers['public.setNgrokToken']({ authtoken: 'x'.repeat(30) }, host));
    expect(error).toMatchObject({ code: 'unavailable', message: 'The authtoken was not saved: no OS encryption', reason: { id: 'error.goingPublic.authtokenNotSaved', values: { detail: 'no OS encryption' } } });
    expect(localizeError(error, 'fr').message).toBe('Le jeton d’authentification n’a pas été enregistré\u00a0: no OS encryption');
  });
});
