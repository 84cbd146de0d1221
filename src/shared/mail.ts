import { z } from 'zod';
import { hasControlCharacters } from './text';

/**
 * Email to buyers over the creator's own SMTP server (core/mail): settings, the outbox as the
 * studio sees it, the test message, and the store page's "send my receipt again". The SMTP
 * password lives in the core's SecretStore (`smtpPassword`): it goes in, never out
 * (`passwordSet` only).
 */

export const MailSecurity = z.enum(['tls', 'starttls', 'none']);
export type MailSecurity = z.infer<typeof MailSecurity>;

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '::1', '[::1]']);
/** Plain-text SMTP carries the password readably: only to a server on this very machine. */
export const isLoopbackHost = (host: string): boolean => LOOPBACK_HOSTS.has(host.trim().toLowerCase()) || /^127\.\d+\.\d+\.\d+$/.test(host.trim());

const SmtpHost = z
  .string()
  .trim()
  .max(253, 'field.tooLong')
  .regex(/^$|^[A-Za-z0-9.-]+$|^\[?[0-9A-Fa-f:.]+\]?$/, 'field.smtpHost');

/** A name used in a header: a line break would start a header of its own. */
const HeaderText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `must be at most ${max} characters`)
    .refine((s) => !/[\r\n]/.test(s), 'field.noLineBreaks')
    .refine((s) => !hasControlCharacters(s), 'field.noControlCharacters');

export const EmailAddress = z
  .string()
  .trim()
  .max(254, 'field.tooLong')
  .regex(/^[^\s@<>()",;:\\[\]]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/, 'field.emailAddress');

export const MailSettings = z
  .object({
    /** Off: no buyer is emailed, nothing is queued. */
    enabled: z.boolean(),
    host: SmtpHost,
    port: z.number().int().min(1, 'field.port').max(65_535, 'field.port'),
    /** `tls`: TLS from the first byte (usually 465); `starttls`: upgraded, required (587); `none`: loopback only. */
    security: MailSecurity,
    /** Empty: the server takes mail without logging in. */
    username: HeaderText(200),
    fromAddress: z.union([z.literal(''), EmailAddress]),
    /** The sender's display name; empty: the running show's title. */
    senderName: HeaderText(100),
  })
  .superRefine((s, ctx) => {
    if (s.security === 'none' && s.host !== '' && !isLoopbackHost(s.host)) {
      ctx.addIssue({ code: 'custom', path: ['security'], message: 'field.mailSecurity' });
    }
    if (!s.enabled) return;
    if (s.host === '') ctx.addIssue({ code: 'custom', path: ['host'], message: 'field.mailNeedsHost' });
    if (s.fromAddress === '') ctx.addIssue({ code: 'custom', path: ['fromAddress'], message: 'field.mailNeedsFrom' });
  });
export type MailSettings = z.infer<typeof MailSettings>;

export const DEFAULT_MAIL_SETTINGS: MailSettings = { enabled: false, host: '', port: 587, security: 'starttls', username: '', fromAddress: '', senderName: '' };

export const SmtpPassword = z
  .string()
  .min(1, 'field.notEmpty')
  .max(512, 'field.tooLong')
  .refine((s) => !/[\r\n]/.test(s), 'field.noLineBreaks');

export const MailSettingsInput = z.object({
  settings: MailSettings,
  /** A new password; `null` forgets the stored one; left out, the stored one stays. */
  password: SmtpPassword.nullable().optional(),
});
export type MailSettingsInput = z.infer<typeof MailSettingsInput>;

/** What the studio sees: the settings, whether a password is stored, and whether buyers are emailed. */
export const MailState = z.object({
  settings: MailSettings,
  passwordSet: z.boolean(),
  /** True when buyers are emailed; false says why not in `off`. */
  sending: z.boolean(),
  off: z.string().nullable(),
});
export type MailState = z.infer<typeof MailState>;

export const MailKind = z.enum(['receipt', 'accepted', 'next', 'selfie', 'shipped', 'resend']);
export type MailKind = z.infer<typeof MailKind>;

/** `skipped`: nothing left to say by the time it was due (the seat ended before "you're next" went out). */
export const MailMessageState = z.enum(['pending', 'sent', 'failed', 'skipped']);
export type MailMessageState = z.infer<typeof MailMessageState>;

export const MailMessage = z.object({
  id: z.number().int(),
  kind: MailKind,
  purchaseId: z.string().nullable(),
  recipient: z.string(),
  state: MailMessageState,
  attempts: z.number().int(),
  lastError: z.string().nullable(),
  nextAttemptAt: z.string().nullable(),
  createdAt: z.string(),
  sentAt: z.string().nullable(),
});
export type MailMessage = z.infer<typeof MailMessage>;

export const MailOutbox = z.object({ messages: z.array(MailMessage), failed: z.number().int() });
export type MailOutbox = z.infer<typeof MailOutbox>;

export const MailTestInput = z.object({ to: EmailAddress });
/** What the SMTP server answered the test message (its own words), or why it could not be reached. */
export const MailTestResult = z.object({ delivered: z.boolean(), answer: z.string() });
export type MailTestResult = z.infer<typeof MailTestResult>;

/** `POST /api/receipt/resend`: a buyer who lost their receipt. */
export const ReceiptResendRequest = z.object({ email: EmailAddress });
export const ReceiptResendResponse = z.object({ message: z.string() });
export type ReceiptResendResponse = z.infer<typeof ReceiptResendResponse>;
/** The one answer, whether or not the address bought anything here. */
export const RECEIPT_RESEND_ANSWER = 'If this address bought something at this show, its receipt links are on their way. Check your inbox in a few minutes.';
export const RECEIPT_RESEND_PATH = '/api/receipt/resend';

export const MAIL_OFF_TEXT = 'Email is off: buyers are not emailed';
