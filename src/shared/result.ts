import { z } from 'zod';

/**
 * Every error that crosses a boundary carries a stable code (for programs) and a message written
 * for the person who can act on it. `details` names fields for forms; it never holds secrets.
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

export const AppErrorShape = z.object({
  code: ErrorCode,
  message: z.string(),
  details: z.record(z.string(), z.string()).optional(),
});
export type AppErrorShape = z.infer<typeof AppErrorShape>;

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppErrorShape };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T = never>(code: ErrorCode, message: string, details?: Record<string, string>): Result<T> => ({
  ok: false,
  error: details ? { code, message, details } : { code, message },
});

/** Turns a zod failure into a message a creator can read: "price: must be at least 0.50". */
export function describeZodError(error: z.ZodError): { message: string; details: Record<string, string> } {
  const details: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.length > 0 ? issue.path.join('.') : '(input)';
    details[key] ??= isMissing(issue) ? 'is required' : issue.message;
  }
  const message = Object.entries(details)
    .map(([k, v]) => `${k}: ${v}`)
    .join('; ');
  return { message: message || 'Invalid input', details };
}

function isMissing(issue: z.core.$ZodIssue): boolean {
  return issue.code === 'invalid_type' && issue.message.endsWith('received undefined');
}
