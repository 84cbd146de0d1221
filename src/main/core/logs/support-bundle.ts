import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { redact } from '../log';
import { LOG_FILE_NAME } from './file-log';

/**
 * "Save logs for support": the studio's log files, oldest first, as one text file a creator can
 * read before sending. Lines were redacted when written; they are redacted again here, so a file
 * written by an older version (or edited by hand) cannot leak what this one knows to hide. The
 * newest lines are kept when there is more than fits (`maxBytes`).
 */
export interface SupportFacts {
  version: string;
  platform: string;
  node: string;
  now: Date;
}

export interface SupportBundle {
  fileName: string;
  text: string;
}

const DEFAULT_MAX_BYTES = 8 * 1024 * 1024;

/** `hotseat.log`, or a rotated one (`hotseat.log.3`). */
const LOG_FILE = new RegExp(`^${LOG_FILE_NAME.replace('.', '\\.')}(\\.\\d+)?$`);

/** hotseat.log.5 … hotseat.log.1, then hotseat.log: oldest first. */
function logFilesOldestFirst(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const rank = (name: string) => (name === LOG_FILE_NAME ? 0 : Number(name.slice(LOG_FILE_NAME.length + 1)));
  return names
    .filter((name) => LOG_FILE.test(name))
    .sort((a, b) => rank(b) - rank(a))
    .map((name) => join(dir, name));
}

export function supportBundle(dir: string, facts: SupportFacts, maxBytes = DEFAULT_MAX_BYTES): SupportBundle {
  const files = logFilesOldestFirst(dir);
  const lines = files.flatMap((file) => readFileSync(file, 'utf8').split('\n').filter((line) => line.length > 0));
  let kept: string[] = [];
  let bytes = 0;
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = redact(lines[i] as string);
    bytes += Buffer.byteLength(line) + 1;
    if (bytes > maxBytes) break;
    kept.push(line);
  }
  kept = kept.reverse();
  const stamp = facts.now.toISOString();
  const header = [
    `# Hotseat logs for support, saved ${stamp}`,
    `# Hotseat ${facts.version} on ${facts.platform}, Node ${facts.node}`,
    `# ${files.length} log file(s), ${lines.length} line(s)${kept.length < lines.length ? `, the newest ${kept.length} kept` : ''}; secrets (keys, tokens, passwords) are removed`,
    `# Files: ${files.map((file) => `${basename(file)} (${statSync(file).size} bytes)`).join(', ') || 'none yet'}`,
    '',
  ];
  return { fileName: `hotseat-logs-${stamp.slice(0, 16).replace(/[-:T]/g, '')}.txt`, text: [...header, ...kept, ''].join('\n') };
}
