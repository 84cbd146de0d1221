import type { StudioEvent } from '../../../shared/events';
import type { MailOutbox } from '../../../shared/mail';
import type { SyncedStateOptions } from '../../lib/synced-state';

/** The buyer email outbox: listed at every welcome, each message replaced as it changes (newest first, the last 50). */
export const MAIL_OUTBOX_SYNC: SyncedStateOptions<MailOutbox> = {
  load: (client) => client.command('mail.outbox', {}),
  apply: applyMailEvent,
};

const KEPT = 50;

export function applyMailEvent(outbox: MailOutbox, event: StudioEvent): MailOutbox {
  if (event.type !== 'mail.message') return outbox;
  const others = outbox.messages.filter((m) => m.id !== event.message.id);
  const messages = [event.message, ...others].sort((a, b) => b.id - a.id).slice(0, KEPT);
  return { messages, failed: event.failed };
}
