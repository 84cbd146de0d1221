import { said, type Said } from '../../../shared/i18n/said';
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
      return { ok: false, problem: { code: 'not_reachable_from_outside', ...describeFetchFailure(url, error) } };
    }
    if (!response.ok) {
      await response.body?.cancel().catch(() => {});
      const gateway = response.status === 502 || response.status === 504 ? 'yes' : 'no';
      return { ok: false, problem: { code: 'not_reachable_from_outside', ...said('error.public.httpStatus', { url, status: String(response.status), gateway }) } };
    }
    const body = Health.safeParse(await response.json().catch(() => null));
    if (!body.success) return { ok: false, problem: { code: 'other_studio', ...said('error.public.notHotseat', { url }) } };
    if (body.data.studio !== instanceId) {
      return { ok: false, problem: { code: 'other_studio', ...said('error.public.otherStudio', { url }) } };
    }
    return { ok: true };
  };
}

function describeFetchFailure(url: string, error: unknown): Said {
  const cause = (error as { cause?: { code?: string; message?: string } } | null)?.cause;
  const code = cause?.code ?? (error as { name?: string } | null)?.name ?? '';
  const host = new URL(url).host;
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return said('error.public.dns', { host });
  if (code === 'TimeoutError' || code === 'UND_ERR_CONNECT_TIMEOUT') return said('error.public.timeout', { url });
  if (code === 'ECONNREFUSED') return said('error.public.refused', { host });
  if (/CERT|SELF_SIGNED|UNABLE_TO_VERIFY|ERR_TLS/.test(code)) return said('error.public.certificate', { host, code });
  return said('error.public.unreachable', { url, detail: code || cause?.message || String(error) });
}
