import { ok } from '../../../shared/result';
import type { MailSettingsStore } from '../mail/mail-settings';
import type { MailWorker } from '../mail/mail-worker';
import type { CommandHandlers } from './handler-types';

export interface MailHandlerDeps {
  settings: MailSettingsStore;
  worker: MailWorker;
}

type MailCommand = 'mail.settings.get' | 'mail.settings.set' | 'mail.test' | 'mail.outbox' | 'mail.retry';

/** Settings → Email: nothing here returns the SMTP password (MailState says `passwordSet`). */
export function createMailHandlers(deps: MailHandlerDeps): Pick<CommandHandlers, MailCommand> {
  return {
    'mail.settings.get': () => ok(deps.settings.state()),
    'mail.settings.set': (input) => {
      const state = deps.settings.write(input);
      // Messages held while email was off (or while the server was wrong) go now.
      deps.worker.kick();
      return ok(state);
    },
    'mail.test': async (input) => ok(await deps.worker.test(input.to)),
    'mail.outbox': () => ok(deps.worker.outbox()),
    'mail.retry': (input) => {
      const retried = deps.worker.retry(input.messageId);
      return retried.ok ? ok(deps.worker.outbox()) : retried;
    },
  };
}
