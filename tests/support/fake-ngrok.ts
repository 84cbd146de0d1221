import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Config } from '@ngrok/ngrok';
import type { NgrokApi } from '../../src/main/core/public/ngrok-tunnel';

/**
 * ngrok's library API (`forward(config)` → a listener with `url()` and `close()`) backed by a
 * local HTTP edge: requests to `edgePort` are forwarded to the `addr` the studio gave, with the
 * X-Forwarded-For ngrok's edge writes (the viewer is named by the test's `x-test-viewer` header).
 * Errors are the ones ngrok's library throws (message with the ERR_NGROK code, echoing the token).
 */
export interface FakeNgrok extends NgrokApi {
  edgePort: number;
  configs: Config[];
  validToken: string;
  /** What the next `forward` throws instead of opening, once. */
  failNext(error: Error): void;
  /** ngrok's session lost its connection (the library calls onStatusChange('closed')). */
  dropSession(): void;
  open(): number;
  close(): Promise<void>;
}

export async function startFakeNgrok(options: { validToken: string; assignedUrl?: string }): Promise<FakeNgrok> {
  let target: string | null = null;
  let openListeners = 0;
  let nextFailure: Error | null = null;
  let statusChange: ((status: string) => void) | undefined;
  const configs: Config[] = [];
  const edge: Server = createServer((req, res) => {
    if (!target) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('ERR_NGROK_3200: endpoint offline');
      return;
    }
    const [host, port] = target.split(':');
    const viewer = (req.headers['x-test-viewer'] as string | undefined) ?? req.socket.remoteAddress ?? '';
    const { 'x-test-viewer': _viewer, ...rest } = req.headers;
    const headers = { ...rest, 'x-forwarded-for': viewer, 'x-forwarded-proto': 'https' };
    const upstream = request({ host, port: Number(port), method: req.method, path: req.url, headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    upstream.on('error', () => res.writeHead(502).end('ERR_NGROK_8012: upstream refused'));
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => edge.listen(0, '127.0.0.1', resolve));
  const edgePort = (edge.address() as AddressInfo).port;

  return {
    edgePort,
    configs,
    validToken: options.validToken,
    failNext: (error) => {
      nextFailure = error;
    },
    dropSession: () => {
      target = null;
      statusChange?.('closed');
    },
    open: () => openListeners,
    forward: (config) => {
      configs.push(config);
      if (nextFailure) {
        const failure = nextFailure;
        nextFailure = null;
        return Promise.reject(failure);
      }
      if (config.authtoken !== options.validToken) {
        return Promise.reject(
          Object.assign(new Error(`failed to connect session: authentication failed: The authtoken you specified is properly formed, but it is invalid.\nYour authtoken: ${config.authtoken ?? ''}\n\nERR_NGROK_107`), { errorCode: 'ERR_NGROK_107' }),
        );
      }
      target = String(config.addr);
      statusChange = config.onStatusChange;
      openListeners += 1;
      const url = config.domain ? `https://${config.domain}` : (options.assignedUrl ?? `https://${Math.random().toString(36).slice(2, 10)}.ngrok-free.app`);
      return Promise.resolve({
        url: () => url,
        close: () => {
          openListeners -= 1;
          target = null;
          return Promise.resolve();
        },
      });
    },
    close: () => new Promise<void>((resolve) => edge.close(() => resolve())),
  };
}
