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

const ENABLE_HINT = 'In OBS open Tools → WebSocket Server Settings, tick "Enable WebSocket server" and check the port.';
const UPDATE_HINT = 'Update to OBS Studio 28 or newer (it has obs-websocket 5 built in).';

export function describeObsFailure(error: unknown, context: { address: string; passwordSent: boolean; authRequired: boolean | null }): ObsProblem {
  if (error instanceof ObsProblemError) return error.problem;
  const code = typeof (error as { code?: unknown } | null)?.code === 'number' ? (error as { code: number }).code : null;
  const message = error instanceof Error ? error.message : String(error);
  if (code === OBS_CLOSE.authenticationFailed || (context.authRequired && !context.passwordSent)) {
    return context.passwordSent
      ? { code: 'wrong_password', message: `OBS refused the password. Copy it again from OBS (Tools → WebSocket Server Settings → Show Connect Info) into Settings → OBS.` }
      : { code: 'password_required', message: `OBS asks for a password. Copy it from OBS (Tools → WebSocket Server Settings → Show Connect Info) into Settings → OBS.` };
  }
  if (code === OBS_CLOSE.unsupportedRpcVersion || /subprotocol/i.test(message)) {
    return { code: 'version_too_old', message: `The OBS at ${context.address} speaks an older obs-websocket protocol. ${UPDATE_HINT}` };
  }
  if (/ECONNREFUSED|ENOTFOUND|EHOSTUNREACH|ECONNRESET|EAI_AGAIN|ETIMEDOUT|socket hang up/i.test(message)) {
    return { code: 'unreachable', message: `OBS is not answering at ${context.address}. Start OBS, or turn its WebSocket server on. ${ENABLE_HINT}` };
  }
  if (/timed out/i.test(message)) {
    return { code: 'protocol', message: `OBS at ${context.address} did not answer in time (${message}).` };
  }
  return { code: 'protocol', message: `Could not talk to OBS at ${context.address}: ${message || `connection closed (code ${code ?? 'unknown'})`}.` };
}

export function versionTooOld(version: string | undefined, rpcVersion: number | undefined): ObsProblem | null {
  if (rpcVersion !== undefined && rpcVersion < 1) return { code: 'version_too_old', message: `OBS speaks obs-websocket RPC ${rpcVersion}. ${UPDATE_HINT}` };
  if (!version) return null;
  if (compareVersions(version, MIN_WEBSOCKET_VERSION) < 0) {
    return { code: 'version_too_old', message: `OBS has obs-websocket ${version}; the studio needs ${MIN_WEBSOCKET_VERSION} or newer. ${UPDATE_HINT}` };
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
