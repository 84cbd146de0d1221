import { said } from '../../../shared/i18n/said';
import type { ObsProblem } from '../../../shared/obs';

/**
 * Turns whatever went wrong talking to OBS into a message the creator can act on. The messages
 * name the place in OBS to look; they never carry the password.
 */

/** obs-websocket 5 close codes (WebSocketCloseCode in its protocol). */
export const OBS_CLOSE = {
  authenticationFailed: 4009,
  unsupportedRpcVersion: 4010,
  sessionInvalidated: 4011,
} as const;

/** What the studio needs: OBS 28+ ships obs-websocket 5. */
export const MIN_WEBSOCKET_VERSION = '5.0.0';

export class ObsProblemError extends Error {
  /** `retry: false`: trying again cannot help until the host changes something (settings, OBS version). */
  constructor(
    readonly problem: ObsProblem,
    readonly retry = true,
  ) {
    super(problem.message);
  }
}

/** Problems no automatic retry can fix: the driver waits for the host. */
export function isPermanent(problem: ObsProblem, error: unknown): boolean {
  if (error instanceof ObsProblemError && !error.retry) return true;
  return problem.code === 'wrong_password' || problem.code === 'password_required' || problem.code === 'version_too_old';
}

export function describeObsFailure(error: unknown, context: { address: string; passwordSent: boolean; authRequired: boolean | null }): ObsProblem {
  if (error instanceof ObsProblemError) return error.problem;
  const code = typeof (error as { code?: unknown } | null)?.code === 'number' ? (error as { code: number }).code : null;
  const message = error instanceof Error ? error.message : String(error);
  if (code === OBS_CLOSE.authenticationFailed || (context.authRequired && !context.passwordSent)) {
    return context.passwordSent
      ? { code: 'wrong_password', ...said('error.obs.wrongPassword') }
      : { code: 'password_required', ...said('error.obs.passwordRequired') };
  }
  if (code === OBS_CLOSE.unsupportedRpcVersion || /subprotocol/i.test(message)) {
    return { code: 'version_too_old', ...said('error.obs.oldProtocol', { address: context.address }) };
  }
  if (/ECONNREFUSED|ENOTFOUND|EHOSTUNREACH|ECONNRESET|EAI_AGAIN|ETIMEDOUT|socket hang up/i.test(message)) {
    return { code: 'unreachable', ...said('error.obs.unreachable', { address: context.address }) };
  }
  if (/timed out/i.test(message)) {
    return { code: 'protocol', ...said('error.obs.noTimelyAnswer', { address: context.address, detail: message }) };
  }
  return message
    ? { code: 'protocol', ...said('error.obs.talkFailed', { address: context.address, detail: message }) }
    : { code: 'protocol', ...said('error.obs.connectionClosed', { address: context.address, code: code === null ? 'unknown' : String(code) }) };
}

export function versionTooOld(version: string | undefined, rpcVersion: number | undefined): ObsProblem | null {
  if (rpcVersion !== undefined && rpcVersion < 1) return { code: 'version_too_old', ...said('error.obs.oldRpc', { rpc: String(rpcVersion) }) };
  if (!version) return null;
  if (compareVersions(version, MIN_WEBSOCKET_VERSION) < 0) {
    return { code: 'version_too_old', ...said('error.obs.oldWebsocket', { version, needed: MIN_WEBSOCKET_VERSION }) };
  }
  return null;
}

export function compareVersions(a: string, b: string): number {
  const parts = (v: string) => v.split(/[.-]/).map((p) => Number.parseInt(p, 10) || 0);
  const [pa, pb] = [parts(a), parts(b)];
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const diff = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (diff !== 0) return Math.sign(diff);
  }
  return 0;
}
