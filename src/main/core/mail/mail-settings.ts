import { DEFAULT_MAIL_SETTINGS, MAIL_OFF_TEXT, MailSettings, type MailSettingsInput, type MailState } from '../../../shared/mail';
import type { SecretStore } from '../secrets';
import type { SettingsRepo } from '../store/settings-repo';

const KEY = 'mail';

/**
 * The creator's SMTP settings: in the settings table, the password in the SecretStore
 * (`smtpPassword`: never in the database, never returned; the studio sees `passwordSet`).
 * Read inside transactions too (mail-triggers.ts decides there whether a message is queued).
 */
export function readMailSettings(settings: SettingsRepo): MailSettings {
  const raw = settings.get(KEY);
  if (!raw) return DEFAULT_MAIL_SETTINGS;
  try {
    const parsed = MailSettings.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : DEFAULT_MAIL_SETTINGS;
  } catch {
    return DEFAULT_MAIL_SETTINGS;
  }
}

/** Null when buyers are emailed; else what the studio says instead. */
export function mailOffReason(settings: MailSettings): string | null {
  if (!settings.enabled) return `${MAIL_OFF_TEXT}. Turn it on with your SMTP server in Settings → Email.`;
  if (settings.host === '' || settings.fromAddress === '') return `${MAIL_OFF_TEXT}: the SMTP server or the From address is missing.`;
  return null;
}

export const mailIsOn = (settings: SettingsRepo): boolean => mailOffReason(readMailSettings(settings)) === null;

export interface MailSettingsStore {
  read(): MailSettings;
  password(): string | null;
  state(): MailState;
  /** Validated by the command's schema already; the password changes only when given. */
  write(input: MailSettingsInput): MailState;
}

export function createMailSettingsStore(settings: SettingsRepo, secrets: SecretStore): MailSettingsStore {
  const password = () => secrets.get('smtpPassword');
  const state = (): MailState => {
    const current = readMailSettings(settings);
    const off = mailOffReason(current);
    return { settings: current, passwordSet: Boolean(password()), sending: off === null, off };
  };
  return {
    read: () => readMailSettings(settings),
    password,
    state,
    write(input) {
      // The secret first: a settings row saying "on" never points at a password that failed to save.
      if (input.password !== undefined) secrets.set('smtpPassword', input.password);
      settings.set(KEY, JSON.stringify(input.settings));
      return state();
    },
  };
}
