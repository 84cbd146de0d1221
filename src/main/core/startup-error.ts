import { redact } from './log';

/**
 * Turns a failure while starting the studio into words the host can act on. The common cases
 * (port taken, database held by another process, no permission) get a specific remedy; anything
 * else shows the underlying message, passed through the log redactor so no key ever reaches a dialog.
 * The desktop app shows it in a dialog; `npm run serve` prints it.
 */
export interface StartupContext {
  port: number;
  dataDir: string;
  /** How this way of starting picks another port (the desktop app: HOTSEAT_PORT; serve: --port). */
  portSetting?: string;
}

export const STARTUP_ERROR_TITLE = 'Hotseat could not start';

function codeOf(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  return typeof error.code === 'string' ? error.code : undefined;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function describeStartupError(error: unknown, { port, dataDir, portSetting = 'HOTSEAT_PORT set to a free port' }: StartupContext): string {
  const code = codeOf(error);
  const message = messageOf(error);
  if (code === 'EADDRINUSE') {
    return `Port ${port} is already in use, perhaps by another Hotseat or another program. Close it, or start Hotseat with ${portSetting}.`;
  }
  if (code === 'EADDRNOTAVAIL') {
    return `The studio's bind address is not available on this computer. Check the network settings, or start Hotseat with another address. (${redact(message)})`;
  }
  if (code?.startsWith('SQLITE_BUSY') || code?.startsWith('SQLITE_LOCKED') || /database is locked/i.test(message)) {
    return `The studio database in ${dataDir} is locked by another program (another Hotseat, or a backup or sync tool). Close it and start Hotseat again.`;
  }
  if (code === 'EACCES' || code === 'EPERM') {
    return `Hotseat is not allowed to use ${/listen/i.test(message) ? `port ${port}` : dataDir}. (${redact(message)})`;
  }
  if (code === 'ENOSPC') return `The disk holding ${dataDir} is full. Free some space and start Hotseat again.`;
  return redact(message);
}
