import { failWith, ok } from '../../../shared/result';
import type { PublicAddress } from '../public/public-address';
import type { SecretStore } from '../secrets';
import type { CommandHandlers } from './handler-types';

/** Going public (auth/policy.ts: host only). Secrets go in; nothing here ever returns one. */
export interface PublicHandlerDeps {
  publicAddress: PublicAddress;
  secrets: SecretStore;
}

export type PublicCommand = 'public.retry' | 'public.check' | 'public.trustHostKey' | 'public.setNgrokToken';

export function createPublicHandlers(deps: PublicHandlerDeps): Pick<CommandHandlers, PublicCommand> {
  const { publicAddress } = deps;
  return {
    'public.retry': () => {
      publicAddress.retry();
      return ok(publicAddress.status());
    },
    'public.check': async () => ok(await publicAddress.checkNow()),
    'public.trustHostKey': (input) => {
      const trusted = publicAddress.trustHostKey(input.fingerprint);
      return trusted.ok ? ok(publicAddress.status()) : failWith('conflict', 'error.public.notOfferedKey', undefined, { fingerprint: 'field.notOfferedKey' });
    },
    'public.setNgrokToken': (input) => {
      try {
        deps.secrets.set('ngrokAuthtoken', input.authtoken);
      } catch (error) {
        // The desktop keychain refused (no OS encryption): say so, keep nothing in plain text.
        return failWith('unavailable', 'error.public.tokenNotSaved', { detail: (error as Error).message });
      }
      publicAddress.retry();
      return ok(publicAddress.status());
    },
  };
}
