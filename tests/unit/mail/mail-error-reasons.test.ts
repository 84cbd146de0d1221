import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { localizeError } from '../../../src/shared/i18n/localize-error';
import type { AppErrorShape, Result } from '../../../src/shared/result';
import { createEventBus } from '../../../src/main/core/bus';
import { memoryLogger } from '../../../src/main/core/log';
import { startMail, type MailRuntime } from '../../../src/main/core/mail/mail-runtime';
import { memorySecretStore } from '../../../src/main/core/secrets';
import { createLinks } from '../../../src/main/core/server/links';
import { buyerKey, liveShow, studio, value, type LiveShow, type Studio } from '../queue/services-fixture';

/** The outbox's refusals (Settings → Email, "Retry") as reasons, through the real mail runtime on real SQLite. */

let s: Studio;
let live: LiveShow;
let mail: MailRuntime;
beforeEach(() => {
  s = studio();
  live = liveShow(s);
  mail = startMail({
    db: s.temp.db,
    bus: createEventBus((error) => {
      throw error;
    }),
    log: memoryLogger(),
    secrets: memorySecretStore(),
    links: createLinks(() => 'http://127.0.0.1:4750', () => null),
    tuning: { pollMs: 60_000 },
  });
});
afterEach(async () => {
  await mail.close();
  s.cleanup();
});

function refusal<T>(result: Result<T>): AppErrorShape {
  if (result.ok) throw new Error('expected a refusal');
  return result.error;
}

describe('the outbox’s refusals', () => {
  it('an email that is not in the outbox', () => {
    const error = refusal(mail.handlerDeps.worker.retry(999_999));
    expect(error).toEqual({ code: 'not_found', message: 'This email is not in the outbox', reason: { id: 'error.mail.notInOutbox' } });
    expect(localizeError(error, 'fr').message).toBe('Cet e-mail n’est pas dans la boîte d’envoi');
  });

  it('an email that has not failed: its state in the page’s language', () => {
    // Email on (nothing listens on port 1; the worker's next poll is a minute away): the receipt is queued.
    mail.handlerDeps.settings.write({
      settings: { enabled: true, host: '127.0.0.1', port: 1, security: 'none', username: '', fromAddress: 'shows@example.com', senderName: '' },
    });
    const { purchase } = value(s.purchases.reserve(null, { offerId: live.tip.id, buyerName: 'Ada', buyerKey: buyerKey(), amount: 500 }));
    const observation = { type: 'payment_captured' as const, paymentIntentId: `pi_${purchase.id}`, buyerEmail: 'ada@example.com' };
    value(s.purchases.applyObservation({ eventId: null, purchaseId: purchase.id, observation }));
    // As the worker leaves it once the server took it (a pending one is simply retried sooner).
    s.temp.db.prepare(`UPDATE mail_outbox SET state = 'sent'`).run();
    const [message] = mail.handlerDeps.worker.outbox().messages;
    if (!message) throw new Error('expected the receipt in the outbox');
    const error = refusal(mail.handlerDeps.worker.retry(message.id));
    expect(error).toMatchObject({ code: 'conflict', message: `This email is ${message.state}, not failed`, reason: { id: 'error.mail.notFailed', values: { state: message.state } } });
    expect(error.message).toBe('This email is sent, not failed');
    expect(localizeError(error, 'fr').message).toBe('Cet e-mail n’a pas échoué\u00a0: il a été envoyé');
  });
});
