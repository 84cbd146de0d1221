import type { AppErrorShape } from '../../shared/result';

/**
 * The server's (or the contract's) field errors for one form: `details` keys are field paths like
 * "offer.minAmount"; a form about the offer wants them as "minAmount". Errors that name no field of
 * this form stay in `general`, so nothing is silently dropped.
 */
export interface FormErrors {
  fields: Record<string, string>;
  general: string | null;
}

export function formErrors(error: AppErrorShape | null, prefix = '', knownFields?: readonly string[]): FormErrors {
  if (!error) return { fields: {}, general: null };
  const fields: Record<string, string> = {};
  const unplaced: string[] = [];
  for (const [path, message] of Object.entries(error.details ?? {})) {
    const field = prefix && path.startsWith(prefix) ? path.slice(prefix.length) : path;
    const root = field.split('.')[0] ?? field;
    if (!knownFields || knownFields.includes(root)) fields[field] = message;
    else unplaced.push(`${path}: ${message}`);
  }
  const general = Object.keys(fields).length === 0 ? error.message : unplaced.length > 0 ? unplaced.join('; ') : null;
  return { fields, general };
}
