import type { Config, Listener } from '@ngrok/ngrok';
import { said } from '../../../shared/i18n/said';
import { TunnelError, type Tunnel } from './tunnel';

/**
 * The built-in provider: ngrok's official agent library (@ngrok/ngrok), which runs the agent
 * in-process from a native module shipped in the npm package itself: nothing is downloaded when
 * the studio runs. Why ngrok, and its limits: docs/PUBLIC.md.
 */
export interface NgrokApi {
  forward(config: Config): Promise<Pick<Listener, 'url' | 'close'>>;
}

export interface NgrokTunnelOptions {
  authtoken: string;
  /** A reserved domain (stable across shows), or null for one ngrok assigns. */
  domain: string | null;
  /** The studio's edge ingress port on 127.0.0.1. */
  targetPort: number;
  api: NgrokApi;
}

export async function openNgrokTunnel(options: NgrokTunnelOptions): Promise<Tunnel> {
  let settleDrop: (error: TunnelError) => void = () => {};
  const dropped = new Promise<TunnelError>((resolve) => (settleDrop = resolve));
  let closing = false;
  let listener: Pick<Listener, 'url' | 'close'>;
  try {
    listener = await options.api.forward({
      addr: `127.0.0.1:${options.targetPort}`,
      proto: 'http',
      authtoken: options.authtoken,
      ...(options.domain ? { domain: options.domain } : {}),
      // The session reconnects on its own, but the studio must know: links stay, the state says so.
      onStatusChange: (status) => {
        if (status === 'closed' && !closing) settleDrop(new TunnelError('dropped', said('error.ngrok.dropped'), true));
      },
    });
  } catch (error) {
    throw describeNgrokError(error, options);
  }
  const url = listener.url();
  if (!url) {
    await listener.close().catch(() => {});
    throw new TunnelError('unreachable', said('error.ngrok.noAddress'), true);
  }
  return {
    url: url.replace(/\/+$/, ''),
    dropped,
    close: async () => {
      closing = true;
      await listener.close().catch(() => {});
    },
  };
}

/** ngrok's errors carry a code (ERR_NGROK_107…) and sometimes echo the token: keep the code, never the token. */
export function describeNgrokError(error: unknown, options: Pick<NgrokTunnelOptions, 'authtoken' | 'domain'>): TunnelError {
  const raw = error instanceof Error ? error.message : String(error);
  const text = raw.split(options.authtoken).join('[your authtoken]');
  const coded = (error as { errorCode?: unknown } | null)?.errorCode;
  const code = typeof coded === 'string' ? coded : (/ERR_NGROK_\d+/.exec(text)?.[0] ?? null);
  const number = code ? Number(code.replace('ERR_NGROK_', '')) : null;
  if (number === 105 || number === 106 || number === 107 || number === 4018) {
    return new TunnelError('credentials', said('error.ngrok.authtoken', { code: code ?? '' }), false);
  }
  if (number === 108) {
    return new TunnelError('config', said('error.ngrok.oneAgent', { code: code ?? '' }), false);
  }
  if (number !== null && options.domain && [313, 314, 319, 320, 323, 326].includes(number)) {
    return new TunnelError('config', said('error.ngrok.domain', { domain: options.domain, code: code ?? '' }), false);
  }
  if (code) return new TunnelError('unreachable', said('error.ngrok.refused', { code, detail: firstLine(text) }), true);
  return new TunnelError('unreachable', said('error.ngrok.unreachable', { detail: firstLine(text) }), true);
}

function firstLine(text: string): string {
  return (text.split('\n')[0] ?? text).slice(0, 300);
}
