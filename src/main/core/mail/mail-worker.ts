import { backoffDelay, type BackoffOptions } from '../../../shared/backoff';
import type { MailMessage, MailOutbox, MailTestResult } from '../../../shared/mail';
import { failWith, ok, type Result } from '../../../shared/result';
import type { EventBus } from '../bus';
import type { Logger } from '../log';
import type { Links } from '../server/links';
import { isoNow, systemClock, type Clock } from '../store/clock';
import { transaction, type Database } from '../store/db';
import type { OutboxRecord } from '../store/mail-outbox-repo';
import { repositories } from '../store/repositories';
import { composeMail } from './mail-composer';
import { mailOffReason, type MailSettingsStore } from './mail-settings';
import { createSmtpSender, describeSmtpError, type SmtpSender, type SmtpTimeouts } from './smtp-transport';
import { renderMail, para } from './templates/layout';

/**
 * Carries the outbox to the creator's SMTP server, one message at a time, in the background: a
 * purchase, the queue or a seat never waits for it. A refusal or a timeout is retried on the one
 * retry schedule (shared/backoff.ts) up to `maxAttempts`, then the message is `failed` and the
 * host is told (`mail.message` with the failed count); the host's retry gives it another round.
 *
 * Delivery is at least once: the message is marked sent after the server accepted it, so only a
 * crash in that instant sends it again, with the same Message-ID. A graceful close waits for the
 * message on the wire and records its outcome, so a restart neither loses nor repeats it.
 */
export interface MailWorkerOptions {
  timeouts: SmtpTimeouts;
  retry: BackoffOptions;
  maxAttempts: number;
  /** How often due messages are looked for besides the wake-ups (a retry coming due). */
  pollMs: number;
}

export const DEFAULT_MAIL_WORKER: Omit<MailWorkerOptions, 'timeouts'> = { retry: { baseMs: 30_000, maxMs: 10 * 60_000 }, maxAttempts: 5, pollMs: 5_000 };

export interface MailWorkerDeps {
  db: Database;
  bus: EventBus;
  log: Logger;
  links: Links;
  settings: MailSettingsStore;
  options: MailWorkerOptions;
  clock?: Clock;
  /** Tests may hand in another; the studio always uses nodemailer. */
  sender?: typeof createSmtpSender;
}

export interface MailWorker {
  /** Something was queued (or came due): look now. */
  kick(): void;
  outbox(limit?: number): MailOutbox;
  /** A failed message gets a new round of attempts. */
  retry(messageId: number): Result<MailMessage>;
  test(to: string): Promise<MailTestResult>;
  close(): Promise<void>;
}

export function createMailWorker(deps: MailWorkerDeps): MailWorker {
  const repos = repositories(deps.db);
  const clock = deps.clock ?? systemClock;
  const makeSender = deps.sender ?? createSmtpSender;
  const { options } = deps;
  let closed = false;
  let running: Promise<void> | null = null;
  let again = false;

  const publish = (id: number) => {
    const record = repos.mailOutbox.get(id);
    if (record) deps.bus.publish({ type: 'mail.message', message: record.message, failed: repos.mailOutbox.countFailed() });
  };

  const sendOne = async (record: OutboxRecord, sender: SmtpSender): Promise<void> => {
    const { message } = record;
    const settings = deps.settings.read();
    const composed = transaction(deps.db, () => composeMail(repos, deps.links, settings, record, isoNow(clock)));
    if ('skip' in composed) {
      transaction(deps.db, () => repos.mailOutbox.markSkipped(message.id, composed.skip));
      publish(message.id);
      return;
    }
    const domain = settings.fromAddress.split('@')[1] ?? 'hotseat.invalid';
    try {
      const answer = await sender.send({ ...composed.mail, to: message.recipient, senderName: composed.senderName, messageId: `<hotseat-${record.dedupeKey}@${domain}>` });
      transaction(deps.db, () => repos.mailOutbox.markSent(message.id, isoNow(clock)));
      deps.log.info('buyer email sent', { id: message.id, kind: message.kind, answer: answer.slice(0, 200) });
    } catch (error) {
      const attempts = message.attempts + 1;
      const why = describeSmtpError(error, settings);
      const retryAt = attempts >= options.maxAttempts ? null : new Date(clock().getTime() + backoffDelay(attempts, options.retry)).toISOString();
      transaction(deps.db, () => repos.mailOutbox.recordFailure(message.id, why, retryAt));
      deps.log.warn(retryAt ? 'buyer email not sent; will retry' : 'buyer email failed; gave up', { id: message.id, kind: message.kind, attempts, error: why });
    }
    publish(message.id);
  };

  const drain = async (): Promise<void> => {
    do {
      again = false;
      const settings = deps.settings.read();
      // Turned off after messages were queued: they wait, unsent, until email is on again.
      if (mailOffReason(settings) !== null) return;
      const sender = makeSender(settings, deps.settings.password(), options.timeouts);
      for (;;) {
        if (closed) return;
        const [next] = repos.mailOutbox.due(isoNow(clock), 1);
        if (!next) break;
        await sendOne(next, sender);
      }
    } while (again && !closed);
  };

  const kick = () => {
    if (closed) return;
    if (running) {
      again = true;
      return;
    }
    running = drain()
      .catch((error: unknown) => deps.log.error('mail worker failed', { error }))
      .finally(() => {
        running = null;
      });
  };

  const poll = setInterval(kick, options.pollMs);
  poll.unref();
  const unsubscribe = deps.bus.subscribe((event) => {
    // The facts that queue a message; the message is already committed with them.
    if (event.type === 'purchase.upserted' || event.type === 'seat.upserted' || event.type === 'selfies.updated') kick();
  });
  kick();

  return {
    kick,
    outbox: (limit = 50) => ({ messages: repos.mailOutbox.recent(Math.max(1, Math.min(limit, 200))).map((r) => r.message), failed: repos.mailOutbox.countFailed() }),
    retry(messageId) {
      const rearmed = transaction(deps.db, () => repos.mailOutbox.rearm(messageId, isoNow(clock)));
      const record = repos.mailOutbox.get(messageId);
      if (!record) return failWith('not_found', 'error.mail.notInOutbox');
      if (!rearmed && record.message.state !== 'pending') return failWith('conflict', 'error.mail.notFailed', { state: record.message.state });
      publish(messageId);
      kick();
      return ok(record.message);
    },
    async test(to) {
      const settings = deps.settings.read();
      if (settings.host === '' || settings.fromAddress === '') return { delivered: false, answer: 'Fill in the SMTP server and the From address first.' };
      const senderName = settings.senderName || 'Hotseat';
      const mail = renderMail('Hotseat test email', [para('This is a test from your Hotseat studio. Buyers will get their receipts and join links this way.')], `${senderName} · Hotseat`);
      try {
        const answer = await makeSender(settings, deps.settings.password(), options.timeouts).send({ ...mail, to, senderName, messageId: `<hotseat-test-${clock().getTime()}@${settings.fromAddress.split('@')[1] ?? 'hotseat.invalid'}>` });
        return { delivered: true, answer };
      } catch (error) {
        return { delivered: false, answer: describeSmtpError(error, settings) };
      }
    },
    async close() {
      closed = true;
      clearInterval(poll);
      unsubscribe();
      await running;
    },
  };
}
