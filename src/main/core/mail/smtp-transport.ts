import nodemailer from 'nodemailer';
import type { MailSettings } from '../../../shared/mail';
import type { RenderedMail } from './templates/layout';

/** How long the studio waits on an SMTP server: a hanging one costs this, never a stalled outbox. */
export interface SmtpTimeouts {
  connectionMs: number;
  greetingMs: number;
  socketMs: number;
}

export const DEFAULT_SMTP_TIMEOUTS: SmtpTimeouts = { connectionMs: 10_000, greetingMs: 10_000, socketMs: 30_000 };

export interface OutgoingMail extends RenderedMail {
  to: string;
  senderName: string;
  /** Stable per outbox message, so a message sent again after a crash can be recognised as the same. */
  messageId: string;
}

export interface SmtpSender {
  /** Resolves with the server's answer to the message ("250 OK: queued as …"); rejects with its refusal. */
  send(mail: OutgoingMail): Promise<string>;
}

/**
 * nodemailer over the creator's settings. Not pooled: the studio sends a few messages a minute at
 * most, and a fresh connection per message means a server that broke one connection (or was fixed
 * meanwhile) is met anew on the next try. `security: none` (loopback only, shared/mail.ts) never
 * upgrades; `starttls` insists on the upgrade rather than sending the password in the clear.
 */
export function createSmtpSender(settings: MailSettings, password: string | null, timeouts: SmtpTimeouts): SmtpSender {
  const transport = nodemailer.createTransport({
    host: settings.host,
    port: settings.port,
    secure: settings.security === 'tls',
    requireTLS: settings.security === 'starttls',
    ignoreTLS: settings.security === 'none',
    ...(settings.username ? { auth: { user: settings.username, pass: password ?? '' } } : {}),
    connectionTimeout: timeouts.connectionMs,
    greetingTimeout: timeouts.greetingMs,
    socketTimeout: timeouts.socketMs,
    // nodemailer logs nothing unless asked; the studio's own log says what matters (never the password).
    logger: false,
    debug: false,
  });
  return {
    async send(mail) {
      const info = await transport.sendMail({
          from: { name: mail.senderName, address: settings.fromAddress },
          to: mail.to,
          subject: mail.subject,
          text: mail.text,
          html: mail.html,
          messageId: mail.messageId,
          // Tells auto-responders and list software this is a one-off transactional message.
          headers: { 'Auto-Submitted': 'auto-generated' },
      });
      return info.response;
    },
  };
}

/** What a person reads of an SMTP failure: the server's own words when it answered, else what went wrong. */
export function describeSmtpError(error: unknown, settings: Pick<MailSettings, 'host' | 'port'>): string {
  const e = error as { code?: string; response?: string; responseCode?: number; message?: string };
  const where = `${settings.host}:${settings.port}`;
  if (e.response) return `The SMTP server refused: ${e.response}`.slice(0, 500);
  switch (e.code) {
    case 'ETIMEDOUT':
      return `The SMTP server at ${where} did not answer in time.`;
    case 'ECONNECTION':
    case 'ECONNREFUSED':
      return `Could not connect to the SMTP server at ${where}: ${e.message ?? 'connection refused'}`.slice(0, 500);
    case 'EAUTH':
      return `The SMTP server refused the user name or password: ${e.message ?? ''}`.slice(0, 500);
    case 'ETLS':
      return `The SMTP server's TLS failed: ${e.message ?? ''}`.slice(0, 500);
    default:
      return (e.message ?? String(error)).slice(0, 500);
  }
}
