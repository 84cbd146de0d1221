import { createHmac } from 'node:crypto';

/**
 * coturn's "TURN REST API" credentials (`use-auth-secret` / `static-auth-secret`): the username is
 * `<unix expiry>:<subject>` and the password is base64(HMAC-SHA1(secret, username)). The TURN server
 * checks the HMAC with the same secret and refuses a username whose expiry has passed, so a page
 * never needs the secret and a leaked credential dies on its own.
 */
export interface TurnCredential {
  username: string;
  credential: string;
  expiresAtMs: number;
}

export function mintTurnCredential(secret: string, subject: string, nowMs: number, ttlSeconds: number): TurnCredential {
  const expiry = Math.floor(nowMs / 1000) + ttlSeconds;
  const username = `${expiry}:${safeSubject(subject)}`;
  const credential = createHmac('sha1', secret).update(username).digest('base64');
  return { username, credential, expiresAtMs: expiry * 1000 };
}

/** The subject names a page for the TURN server's log; a colon would change the expiry's meaning. */
function safeSubject(subject: string): string {
  const cleaned = subject.replace(/[^A-Za-z0-9_.-]/g, '-').slice(0, 64);
  return cleaned === '' ? 'page' : cleaned;
}
