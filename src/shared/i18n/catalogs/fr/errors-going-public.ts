import type { errorsGoingPublic as english } from '../en/errors-going-public';
import type { Translation } from '../translation';

export const errorsGoingPublic = {
  'error.goingPublic.hostKeyNotOffered': 'Ce n’est pas la clé que le serveur a présentée. Reconnectez-vous, puis faites confiance à la clé qu’il affiche.',
  'field.goingPublic.hostKeyNotOffered': 'Ce n’est pas la clé que le serveur a présentée. Reconnectez-vous, puis faites confiance à la clé qu’il affiche.',
  'error.goingPublic.authtokenNotSaved': 'Le jeton d’authentification n’a pas été enregistré\u00a0: {detail}',
} as const satisfies Translation<typeof english>;
