import { COMMAND_POLICY } from '../../../src/main/core/auth/policy';
import type { Role } from '../../../src/main/core/actor';
import { commands, type CommandName } from '../../../src/shared/commands';

/**
 * What the fuzzers aim at. `fuzz-coverage.test.ts` enumerates the studio's real routes and the
 * contract's commands and fails when one of them is not here, so a new route or command cannot
 * escape fuzzing unnoticed.
 */

/** Concrete paths for the HTTP fuzzer (`fuzz-show` is the fuzz studio's live show). */
export const HTTP_FUZZ_PATHS = [
  '/api/health',
  '/api/store',
  '/api/store/fuzz-show',
  '/api/receipt',
  '/api/checkout',
  '/api/stripe/webhook',
  '/rehearsal/checkout/cs_test_x',
  '/rehearsal/checkout/cs_test_x/pay',
  '/studio',
  '/store',
  '/s/fuzz-show',
  '/receipt',
  '/program',
  '/overlay',
  '/moderator',
  '/guest',
  '/program/live.webm',
  '/program/ingest',
  '/program/selfie-frame',
  '/program/selfies/sf_fuzz',
  '/api/receipt/selfies/sf_fuzz',
  '/api/receipt/resend',
  '/api/support/logs',
  '/',
  '/ws',
  '/assets/x.js',
  '/api/nope',
] as const;

export const HTTP_FUZZ_METHODS = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD'] as const;

/** Methods Fastify routes that no fetch() can send (the WHATWG fetch spec forbids them). */
export const UNSENDABLE_METHODS = new Set(['TRACE', 'QUERY', 'CONNECT']);

/** A route pattern (`/s/:slug`, `/rehearsal/checkout/*`) as a regular expression over paths. */
export function routePattern(url: string): RegExp {
  const body = url
    .split('/')
    .map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('/');
  return new RegExp(`^${body}$`);
}

/**
 * Every command, with the role the WebSocket fuzzer sends it as: one the policy allows, so the
 * input reaches validation and the handler (the host where it may, else a moderator, a guest, a
 * viewer, or the OBS overlay page).
 */
export function wsFuzzPlan(): { name: CommandName; role: Role }[] {
  return (Object.keys(commands) as CommandName[]).map((name) => {
    const allowed = COMMAND_POLICY[name] as readonly Role[];
    const role = (['host', 'moderator', 'guest', 'viewer', 'overlay'] as const).find((r) => allowed.includes(r));
    if (!role) throw new Error(`no role may send ${name}`);
    return { name, role };
  });
}
