/**
 * The core's logger. Every line goes through `redact`, so a Stripe key, webhook secret or access
 * token that slips into an error message never reaches a log file or a terminal. The files a
 * packaged app writes are logs/file-log.ts.
 */
export interface Logger {
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

const SECRET_PATTERNS: RegExp[] = [
  /\b(sk|rk|pk)_(live|test)_[A-Za-z0-9]+/g,
  /\bwhsec_[A-Za-z0-9]+/g,
  /\b(token|t|secret|password|key)=([^&\s"']+)/gi,
  /\bBearer\s+[A-Za-z0-9._~+/-]+=*/gi,
  /\bhs(h|m|g|r|j)_[A-Za-z0-9_-]{16,}/g,
  // An SSH private key (the own-server tunnel) and an ngrok authtoken (digits-letters_letters).
  /-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?(-----END [A-Z ]*PRIVATE KEY-----|$)/g,
  /\b[1-9][A-Za-z0-9]{24,30}_[A-Za-z0-9]{16,}/g,
];

/** A secret under a telling name in JSON (a log file's fields): the value goes, the line stays valid JSON. */
const SECRET_JSON_FIELD = /"(token|secret|password|passphrase|authtoken|apiKey|privateKey|key)"\s*:\s*"(?:[^"\\]|\\.)*"/gi;

export function redact(text: string): string {
  let out = text.replace(SECRET_JSON_FIELD, (_match, name: string) => `"${name}":"[redacted]"`);
  for (const pattern of SECRET_PATTERNS) {
    out = out.replace(pattern, (match: string, ...groups: unknown[]) => {
      const eq = match.indexOf('=');
      if (eq > 0 && typeof groups[1] === 'string' && /=/.test(match)) return `${match.slice(0, eq + 1)}[redacted]`;
      return '[redacted]';
    });
  }
  return out;
}

function render(fields?: Record<string, unknown>): string {
  if (!fields) return '';
  const parts = Object.entries(fields).map(([k, v]) => {
    const value = v instanceof Error ? v.message : typeof v === 'string' ? v : JSON.stringify(v);
    return `${k}=${value}`;
  });
  return parts.length > 0 ? ` ${parts.join(' ')}` : '';
}

export function consoleLogger(prefix = 'hotseat'): Logger {
  const line = (level: string, message: string, fields?: Record<string, unknown>) =>
    redact(`${new Date().toISOString()} ${prefix} ${level} ${message}${render(fields)}`);
  return {
    info: (m, f) => console.info(line('info', m, f)),
    warn: (m, f) => console.warn(line('warn', m, f)),
    error: (m, f) => console.error(line('error', m, f)),
  };
}

/** Collects lines in memory; tests use it to prove secrets never reach the log. */
export function memoryLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  const push = (level: string) => (m: string, f?: Record<string, unknown>) => {
    lines.push(redact(`${level} ${m}${render(f)}`));
  };
  return { lines, info: push('info'), warn: push('warn'), error: push('error') };
}
