/** Refusals of the studio's email outbox (Settings → Email, the outbox's "Retry"). */
export const errorsMail = {
  'error.mail.notInOutbox': 'This email is not in the outbox',
  'error.mail.notFailed': 'This email is {state, select, pending {pending} sent {sent} skipped {skipped} other {{state}}}, not failed',
} as const;
