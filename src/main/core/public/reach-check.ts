import { Health } from '../../../shared/store-api';
import type { PublicProblem } from '../../../shared/public-address';

export type ReachResult = { ok: true } | { ok: false; problem: PublicProblem };
/** `signal` ends a check the studio no longer needs (settings changed, shutting down). */
export type ReachCheck = (url: string, signal?: AbortSignal) => Promise<ReachResult>;

/**
 * The studio asks for its own health through its public address, as a viewer would (DNS, TLS, the
 * proxy, the tunnel), and compares the answer's run id with its own: a 200 from another studio
 * (two studios sharing a server, a port mixed up) is not this one being reachable.
 */
export function createReachCheck(instanceId: string, timeoutMs = 10_000): ReachCheck {
  return async (url, signal) => {
    const target = `${url.replace(/\/+$/, '')}/api/health`;
    let response: Response;
    try {
      response = await fetch(target, { signal: signal ? AbortSignal.any([signal, AbortSignal.timeout(timeoutMs)]) : AbortSignal.timeout(timeoutMs), headers: { accept: 'application/json' }, redirect: 'manual' });
    } catch (error) {
      return { ok: false, problem: { code: 'not_reachable_from_outside', message: describeFetchFailure(url, error) } };
    }
    if (!response.ok) {
      await response.body?.cancel().catch(() => {});
      const hint = response.status === 502 || response.status === 504 ? ' The server answered, but could not reach the studio through the tunnel: check the port in its proxy settings.' : '';
      return { ok: false, problem: { code: 'not_reachable_from_outside', message: `${url} answered ${response.status} instead of the studio.${hint}` } };
    }
    const body = Health.safeParse(await response.json().catch(() => null));
    if (!body.success) return { ok: false, problem: { code: 'other_studio', message: `${url} answers, but not as a Hotseat studio. Check that the address points at this studio.` } };
    if (body.data.studio !== instanceId) {
      return { ok: false, problem: { code: 'other_studio', message: `${url} answers as another Hotseat studio, not this one. Check the port your server forwards to, and that no other studio uses it.` } };
    }
    return { ok: true };
  };
}

function describeFetchFailure(url: string, error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } } | null)?.cause;
  const code = cause?.code ?? (error as { name?: string } | null)?.name ?? '';
  const host = new URL(url).host;
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return `${host} does not resolve to an address (DNS). Point its DNS record at your server.`;
  if (code === 'TimeoutError' || code === 'UND_ERR_CONNECT_TIMEOUT') return `${url} did not answer in time.`;
  if (code === 'ECONNREFUSED') return `${host} refused the connection: is the reverse proxy running on the server?`;
  if (/CERT|SELF_SIGNED|UNABLE_TO_VERIFY|ERR_TLS/.test(code)) return `The HTTPS certificate of ${host} is not trusted (${code}). Browsers will refuse it too.`;
  return `${url} could not be reached (${code || cause?.message || String(error)}).`;
}
