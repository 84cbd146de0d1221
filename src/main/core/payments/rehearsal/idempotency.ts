import { createHash } from 'node:crypto';
import type { Db } from './db';
import type { FormValue } from './form-body';

/**
 * Stripe's idempotency: the first response to a key is kept (per API key, for 24 hours) and
 * replayed for a retry with the same parameters; other parameters under the same key are refused.
 */
export const IDEMPOTENCY_RETENTION_MS = 24 * 60 * 60 * 1000;

export interface StoredResponse {
  status: number;
  body: string;
}

interface Row extends StoredResponse {
  fingerprint: string;
}

export class IdempotencyStore {
  constructor(private readonly db: Db) {}

  lookup(owner: string, key: string): (StoredResponse & { fingerprint: string }) | null {
    const row = this.db
      .prepare('SELECT fingerprint, status, body FROM idempotency WHERE key_owner = ? AND key = ?')
      .get(owner, key) as Row | undefined;
    return row ?? null;
  }

  save(owner: string, key: string, fingerprint: string, response: StoredResponse, nowMs: number): void {
    this.db
      .prepare('INSERT INTO idempotency (key_owner, key, fingerprint, status, body, created_ms) VALUES (?, ?, ?, ?, ?, ?)')
      .run(owner, key, fingerprint, response.status, response.body, nowMs);
  }

  prune(nowMs: number): void {
    this.db.prepare('DELETE FROM idempotency WHERE created_ms < ?').run(nowMs - IDEMPOTENCY_RETENTION_MS);
  }
}

/** Keys are kept per API key; only a hash of the API key is stored, never the key. */
export function keyOwnerOf(apiKey: string): string {
  return createHash('sha256').update(apiKey).digest('hex').slice(0, 32);
}

/** Same endpoint and same parameters, whatever order the client wrote them in. */
export function requestFingerprint(method: string, path: string, params: FormValue): string {
  return createHash('sha256').update(`${method} ${path} ${canonical(params)}`).digest('hex');
}

function canonical(value: FormValue): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  const keys = Object.keys(value).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical(value[k] as FormValue)}`).join(',')}}`;
}
