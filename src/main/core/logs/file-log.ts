import { mkdirSync } from 'node:fs';
import pino from 'pino';
import { createStream } from 'rotating-file-stream';
import { redact, type Logger } from '../log';

/**
 * The studio's log files, for a packaged app that has no console: JSON lines (pino) in the data
 * folder's `logs/`, rotated by size so a long run never fills the disk (`hotseat.log`, then
 * `hotseat.log.1` … the oldest dropped). Every line passes `redact` as it is written, so what is on
 * disk is already what a creator may send (support-bundle.ts).
 */
export const LOG_FILE_NAME = 'hotseat.log';
export const LOG_FILE_SIZE = '5M';
export const LOG_FILES_KEPT = 5;

export interface FileLog extends Logger {
  readonly dir: string;
  /** Writes what is buffered and closes the file (at quit). */
  close(): Promise<void>;
}

export function openFileLog(dir: string, options: { name?: string; size?: `${number}${'K' | 'M'}`; kept?: number } = {}): FileLog {
  mkdirSync(dir, { recursive: true });
  const stream = createStream(LOG_FILE_NAME, { path: dir, size: options.size ?? LOG_FILE_SIZE, rotate: options.kept ?? LOG_FILES_KEPT });
  // A log that cannot be written (disk full) must never take the studio down with it.
  stream.on('error', () => undefined);
  stream.on('warning', () => undefined);
  const logger = pino(
    {
      base: { app: options.name ?? 'hotseat' },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      serializers: { error: pino.stdSerializers.err, err: pino.stdSerializers.err },
      hooks: { streamWrite: redact },
    },
    stream,
  );
  const at = (level: 'info' | 'warn' | 'error') => (message: string, fields?: Record<string, unknown>) => logger[level](fields ?? {}, message);
  return {
    dir,
    info: at('info'),
    warn: at('warn'),
    error: at('error'),
    close: () =>
      new Promise<void>((resolve) => {
        logger.flush();
        stream.end(() => resolve());
      }),
  };
}

/** One logger writing to several (the file, and the terminal when there is one). */
export function teeLogger(...loggers: Logger[]): Logger {
  return {
    info: (m, f) => loggers.forEach((l) => l.info(m, f)),
    warn: (m, f) => loggers.forEach((l) => l.warn(m, f)),
    error: (m, f) => loggers.forEach((l) => l.error(m, f)),
  };
}
