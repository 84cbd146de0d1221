import { errorWith, type AppErrorShape, type ErrorMessageId, type ErrorReason, type ErrorValues } from '../result';
import type { Locale } from './locale';
import { localizeError } from './localize-error';

/**
 * What a status says to a person (OBS's problem, the public address's, TURN's): the reason by id and
 * values, and the English `message` written from the catalog, as an error carries them. A status
 * from an older core has only the message; pages then show it as it came.
 */
export interface Said {
  message: string;
  reason?: ErrorReason;
}

export function said(id: ErrorMessageId, values?: ErrorValues): Said {
  const { message, reason } = errorWith('internal', id, values);
  return reason ? { message, reason } : { message };
}

/** A status's words in `locale`: from its reason where this build knows the id, else its English. */
export function wordSaid(what: Said, locale: Locale): string {
  const shape: AppErrorShape = what.reason ? { code: 'internal', message: what.message, reason: what.reason } : { code: 'internal', message: what.message };
  return localizeError(shape, locale).message;
}
