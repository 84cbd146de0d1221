import { z } from 'zod';
import { createTranslator, isMessageId, type MessageId, type MessageValues } from './i18n/messages';
import { formatMoney } from './money';

/**
 * Every error that crosses a boundary carries a stable code (for programs), a reason (a message id
 * of the catalogs and its values, so each page words it in its own language) and the reason in
 * English as `message` (for logs, tests and a page older than the catalog). `details` names fields
 * for forms, in English; `fieldReasons` holds the same as reasons. Neither ever holds secrets.
 */
export const ErrorCode = z.enum([
  'bad_request',
  'unauthorized',
  'forbidden',
  'not_found',
  'conflict',
  'sold_out',
  'limit_reached',
  'show_not_live',
  'payment_provider',
  'rate_limited',
  'too_large',
  'unavailable',
  'internal',
]);
export type ErrorCode = z.infer<typeof ErrorCode>;

/** An amount in a reason's values: minor units and currency, formatted by each page in its own locale ("$2.00", "2,00 $US"). */
export const ErrorMoney = z.object({ amount: z.number().int(), currency: z.string().regex(/^[a-z]{3}$/) });
export type ErrorMoney = z.infer<typeof ErrorMoney>;

/** A message id of the catalogs with its values. On the wire any string: a newer peer's id falls back to the English message. */
export const ErrorReason = z.object({
  id: z.string().min(1),
  values: z.record(z.string(), z.union([z.string(), z.number(), ErrorMoney])).optional(),
});
export type ErrorReason = z.infer<typeof ErrorReason>;

export const AppErrorShape = z.object({
  code: ErrorCode,
  message: z.string(),
  details: z.record(z.string(), z.string()).optional(),
  reason: ErrorReason.optional(),
  fieldReasons: z.record(z.string(), ErrorReason).optional(),
});
export type AppErrorShape = z.infer<typeof AppErrorShape>;

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppErrorShape };

/** The ids an error may use: the catalogs' `error.*` (whole errors) and `field.*` (one field's problem). */
/** `error.invalidFields` is made by `failFields`/`failZod`, from the fields' reasons. */
export type ErrorMessageId = Exclude<Extract<MessageId, `error.${string}`>, 'error.invalidFields'>;
export type FieldMessageId = Extract<MessageId, `field.${string}`>;
export type ErrorValues = Record<string, string | number | ErrorMoney>;
/** One field's problem: an id alone, or with its values. */
export type FieldReason = FieldMessageId | { id: FieldMessageId; values?: ErrorValues };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });

/**
 * An error without a reason: for what no person reads in a page (a contract breach a developer
 * fixes, a log line). What a person reads goes through `failWith`.
 */
export const fail = <T = never>(code: ErrorCode, message: string, details?: Record<string, string>): Result<T> => ({
  ok: false,
  error: details ? { code, message, details } : { code, message },
});

const english = createTranslator('en');

/**
 * An error a person reads: its reason by id and values, its English `message` written from the
 * catalog, and each named field's problem (`fields`) as a reason and in English.
 */
export function failWith<T = never>(
  code: ErrorCode,
  id: ErrorMessageId,
  values?: ErrorValues,
  fields?: Record<string, FieldReason>,
): Result<T> {
  return { ok: false, error: errorWith(code, id, values, fields) };
}

export function errorWith(code: ErrorCode, id: ErrorMessageId, values?: ErrorValues, fields?: Record<string, FieldReason>): AppErrorShape {
  const error: AppErrorShape = { code, message: english(id, moneyAsText(values, 'en')), reason: values ? { id, values } : { id } };
  if (fields && Object.keys(fields).length > 0) {
    error.fieldReasons = asReasons(fields);
    error.details = inEnglish(error.fieldReasons);
  }
  return error;
}

function asReasons(fields: Record<string, FieldReason>): Record<string, ErrorReason> {
  return Object.fromEntries(Object.entries(fields).map(([key, f]) => [key, typeof f === 'string' ? { id: f } : f]));
}

/** Each field's problem in English, for `details`. */
function inEnglish(fieldReasons: Record<string, ErrorReason>): Record<string, string> {
  return Object.fromEntries(Object.entries(fieldReasons).map(([key, reason]) => [key, english(reason.id as MessageId, moneyAsText(reason.values, 'en'))]));
}

/** A reason's values for a translator: amounts formatted in `locale`. */
export function moneyAsText(values: ErrorValues | undefined, locale: string): MessageValues | undefined {
  if (!values) return undefined;
  const out: MessageValues = {};
  for (const [key, value] of Object.entries(values)) out[key] = typeof value === 'object' ? formatMoney(value.amount, value.currency, locale) : value;
  return out;
}

/** A field problem for `failWith`, when its values come with it. */
export const field = (id: FieldMessageId, values?: ErrorValues): FieldReason => (values ? { id, values } : id);

/**
 * An error about the input's fields: each field's problem as a reason, and as the whole error's
 * message the list of them ("name: is required; price: must be at least 50"), which a page words
 * again from the fields' reasons in its own language.
 */
export function failFields<T = never>(code: ErrorCode, fields: Record<string, FieldReason>): Result<T> {
  return { ok: false, error: fieldsError(code, asReasons(fields)) };
}

/** A zod failure as an error result, reasons and all. */
export function failZod<T = never>(code: ErrorCode, zodError: z.ZodError): Result<T> {
  return { ok: false, error: zodErrorShape(code, zodError) };
}

export function zodErrorShape(code: ErrorCode, zodError: z.ZodError): AppErrorShape {
  return fieldsError(code, describeZodError(zodError).fieldReasons);
}

function fieldsError(code: ErrorCode, fieldReasons: Record<string, ErrorReason>): AppErrorShape {
  const details = inEnglish(fieldReasons);
  return { code, message: english('error.invalidFields', { fields: fieldsSummary(details) }), details, fieldReasons, reason: { id: 'error.invalidFields' } };
}

/** "name: is required; price: must be at least 50". */
export function fieldsSummary(details: Record<string, string>): string {
  return Object.entries(details)
    .map(([key, text]) => `${key}: ${text}`)
    .join('; ');
}

/**
 * Turns a zod failure into field problems a person can read, each as a reason: a schema's own
 * message is a `field.*` id; zod's own checks (missing, too short, too long, wrong type) map to
 * generic ones with zod's numbers as values.
 */
export function describeZodError(error: z.ZodError): { message: string; details: Record<string, string>; fieldReasons: Record<string, ErrorReason> } {
  const fieldReasons: Record<string, ErrorReason> = {};
  for (const issue of error.issues) {
    const key = issue.path.length > 0 ? issue.path.join('.') : '(input)';
    fieldReasons[key] ??= reasonOf(issue);
  }
  const details = inEnglish(fieldReasons);
  return { message: fieldsSummary(details) || english('field.invalid'), details, fieldReasons };
}

function reasonOf(issue: z.core.$ZodIssue): ErrorReason {
  if (isMissing(issue)) return { id: 'field.required' };
  const values = limitValues(issue);
  if (isMessageId(issue.message) && issue.message.startsWith('field.')) return values ? { id: issue.message, values } : { id: issue.message };
  switch (issue.code) {
    case 'too_small':
      return { id: sizeId('Small', issue.origin, Number(issue.minimum)), values: { limit: Number(issue.minimum) } };
    case 'too_big':
      return { id: sizeId('Big', issue.origin, Number(issue.maximum)), values: { limit: Number(issue.maximum) } };
    case 'invalid_format':
      return { id: issue.format === 'email' ? 'field.email' : issue.format === 'url' ? 'field.url' : 'field.invalid' };
    case 'invalid_value':
      return { id: 'field.notAllowed' };
    case 'unrecognized_keys':
      return { id: 'field.unknownKeys', values: { keys: issue.keys.join(', ') } };
    case 'invalid_type':
      return { id: 'field.wrongType', values: { expected: issue.expected } };
    default:
      return { id: 'field.invalid' };
  }
}

function sizeId(which: 'Small' | 'Big', origin: string, limit: number): FieldMessageId {
  if (origin === 'string' && which === 'Small' && limit === 1) return 'field.required';
  if (origin === 'string') return which === 'Small' ? 'field.tooShort' : 'field.tooLong';
  if (origin === 'array' || origin === 'set') return which === 'Small' ? 'field.tooFew' : 'field.tooMany';
  return which === 'Small' ? 'field.tooLow' : 'field.tooHigh';
}

/** A schema's own message may still want zod's number ("must be at most {limit} characters"). */
function limitValues(issue: z.core.$ZodIssue): ErrorValues | undefined {
  if (issue.code === 'too_small') return { limit: Number(issue.minimum) };
  if (issue.code === 'too_big') return { limit: Number(issue.maximum) };
  return undefined;
}

function isMissing(issue: z.core.$ZodIssue): boolean {
  return issue.code === 'invalid_type' && issue.message.endsWith('received undefined');
}
