import type { errorsMail as english } from '../en/errors-mail';
import type { Translation } from '../translation';

export const errorsMail = {
  'error.mail.notInOutbox': 'Cet e-mail n’est pas dans la boîte d’envoi',
  'error.mail.notFailed': 'Cet e-mail n’a pas échoué\u00a0: {state, select, pending {il est en attente} sent {il a été envoyé} skipped {il a été ignoré} other {{state}}}',
} as const satisfies Translation<typeof english>;
