import { authenticationFailed } from './errors';

/**
 * Stripe's authentication: a secret (`sk_`) or restricted (`rk_`) key as a Bearer token, or as the
 * Basic-auth user name. Only test-mode keys are accepted: rehearsals never touch live mode.
 */
const NO_KEY =
  "You did not provide an API key. You need to provide your API key in the Authorization header, using Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY'). See https://stripe.com/docs/api#authentication for details, or we can help at https://support.stripe.com/.";

export function authenticate(header: string | undefined): string {
  const key = keyFrom(header);
  if (!key) throw authenticationFailed(NO_KEY);
  if (/^(sk|rk)_live_/.test(key)) {
    throw authenticationFailed('This is the rehearsal Stripe server: it accepts only test-mode keys (sk_test_… or rk_test_…), never a live key.');
  }
  if (!/^(sk|rk)_test_[A-Za-z0-9_]+$/.test(key)) throw authenticationFailed(`Invalid API Key provided: ${mask(key)}`);
  return key;
}

function keyFrom(header: string | undefined): string | null {
  if (!header) return null;
  const bearer = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (bearer?.[1]) return bearer[1];
  const basic = /^Basic\s+(\S+)\s*$/i.exec(header);
  if (basic?.[1]) {
    const user = Buffer.from(basic[1], 'base64').toString('utf8').split(':')[0];
    return user || null;
  }
  return null;
}

/** Like Stripe: show only enough of a wrong key to recognise it. */
function mask(key: string): string {
  const shown = key.slice(-4);
  const prefix = /^[a-z]{2}_[a-z]+_/.exec(key)?.[0] ?? '';
  return `${prefix}${'*'.repeat(Math.max(4, key.length - prefix.length - 4))}${shown}`;
}
