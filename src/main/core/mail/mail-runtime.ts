import { RECEIPT_RESEND_ANSWER, ReceiptResendRequest, type ReceiptResendResponse } from '../../../shared/mail';
import { failZod, ok, type Result } from '../../../shared/result';
import type { EventBus } from '../bus';
import type { MailHandlerDeps } from '../commands/mail-handlers';
import type { Logger } from '../log';
import type { SecretStore } from '../secrets';
import type { Links } from '../server/links';
import { isoNow } from '../store/clock';
import { transaction, type Database } from '../store/db';
import { repositories } from '../store/repositories';
import { createMailSettingsStore } from './mail-settings';
import { queueReceiptResend } from './mail-triggers';
import { createMailWorker, DEFAULT_MAIL_WORKER, type MailWorkerOptions } from './mail-worker';
import { createResendLimit } from './resend-limit';
import { DEFAULT_SMTP_TIMEOUTS } from './smtp-transport';

/** Email to buyers, wired into a running studio: settings, the outbox worker, the resend request. */
export interface MailRuntime {
  handlerDeps: MailHandlerDeps;
  /** `POST /api/receipt/resend`: the same answer whether or not the address bought anything. */
  resendReceipts(body: unknown): Result<ReceiptResendResponse>;
  close(): Promise<void>;
}

export interface MailRuntimeDeps {
  db: Database;
  bus: EventBus;
  log: Logger;
  secrets: SecretStore;
  links: Links;
  tuning?: Partial<MailWorkerOptions>;
}

/** Per address: three messages an hour (the per-client limit is the route's, server/routes/public-api.ts). */
const RESENDS_PER_ADDRESS = { max: 3, windowMs: 60 * 60_000 };

export function startMail(deps: MailRuntimeDeps): MailRuntime {
  const repos = repositories(deps.db);
  const settings = createMailSettingsStore(repos.settings, deps.secrets);
  const worker = createMailWorker({
    db: deps.db,
    bus: deps.bus,
    log: deps.log,
    links: deps.links,
    settings,
    options: { ...DEFAULT_MAIL_WORKER, timeouts: DEFAULT_SMTP_TIMEOUTS, ...deps.tuning },
  });
  const perAddress = createResendLimit(RESENDS_PER_ADDRESS.max, RESENDS_PER_ADDRESS.windowMs);
  return {
    handlerDeps: { settings, worker },
    resendReceipts(body) {
      const parsed = ReceiptResendRequest.safeParse(body);
      if (!parsed.success) {
        return failZod('bad_request', parsed.error);
      }
      const now = new Date();
      if (perAddress.take(parsed.data.email, now.getTime())) {
        transaction(deps.db, () => queueReceiptResend(repos, parsed.data.email, isoNow(() => now)));
        worker.kick();
      }
      return ok({ message: RECEIPT_RESEND_ANSWER });
    },
    close: () => worker.close(),
  };
}
