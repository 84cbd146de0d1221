import { describe, expect, it } from 'vitest';
import type { MailMessage } from '../../../src/shared/mail';
import { applyMailEvent } from '../../../src/renderer/studio/mail/mail-sync';

const message = (id: number, state: MailMessage['state']): MailMessage => ({
  id,
  kind: 'receipt',
  purchaseId: `pur_${id}`,
  recipient: 'a@example.com',
  state,
  attempts: 0,
  lastError: null,
  nextAttemptAt: null,
  createdAt: 'now',
  sentAt: null,
});

describe('the studio outbox view', () => {
  it('replaces a message as it changes, keeps newest first, and takes the failed count from the core', () => {
    const start = { messages: [message(2, 'pending'), message(1, 'sent')], failed: 0 };
    const failed = applyMailEvent(start, { type: 'mail.message', message: message(2, 'failed'), failed: 1 });
    expect(failed).toEqual({ messages: [message(2, 'failed'), message(1, 'sent')], failed: 1 });
    const added = applyMailEvent(failed, { type: 'mail.message', message: message(3, 'pending'), failed: 1 });
    expect(added.messages.map((m) => m.id)).toEqual([3, 2, 1]);
    expect(applyMailEvent(added, { type: 'storage.status', storage: { state: 'ok', failedAction: null, since: null } } as never)).toBe(added);
  });
});
