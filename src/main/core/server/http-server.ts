import fastifyCompress from '@fastify/compress';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyWebsocket from '@fastify/websocket';
import Fastify, { type FastifyError, type FastifyInstance } from 'fastify';
import { errorWith } from '../../../shared/result';
import { MAX_WS_MESSAGE_BYTES } from '../../../shared/wire';
import type { Logger } from '../log';
import type { PaymentsRuntime } from '../payments/payments-runtime';
import type { AuthFailures } from './auth-failures';
import { clientKey, trustProxyFunction, type FromEdge, type TrustedProxies } from './client-address';
import { sendError, toAppError } from './http-errors';
import { storageFault } from '../store/storage-faults';
import type { StorageHealth } from '../store/storage-health';
import { registerPages } from './routes/pages';
import { registerProgramRoutes, type ProgramRoutesDeps } from './routes/program';
import { registerPublicApi, type PublicApiDeps } from './routes/public-api';
import { registerRehearsalCheckout } from './routes/rehearsal-checkout';
import { registerSelfieRoutes, type SelfieRoutesDeps } from './routes/selfies';
import { registerSupportRoutes, type SupportRoutesDeps } from './routes/support';
import { registerStripeWebhook } from './routes/stripe-webhook';
import { registerSecurityHeaders } from './security-headers';
import type { TokenGuard } from './token-guard';
import { registerWebSocketHub, type Hub, type HubDeps } from './ws-hub';

/** Builds the studio's one HTTP + WebSocket server: pages, public API, webhook, and the hub. */
export interface HttpServerDeps {
  pagesDir: string;
  log: Logger;
  publicApi: PublicApiDeps;
  payments: PaymentsRuntime;
  hub: HubDeps;
  /** The live program stream and its ingest socket. */
  program?: Omit<ProgramRoutesDeps, 'guard'>;
  /** Selfie frames from the studio page, and the pictures for the studio and the buyer. */
  selfies?: SelfieRoutesDeps;
  /** The studio's log files for support (host only). */
  support?: SupportRoutesDeps;
  /** Told when a request failed because the database could not be written (a lock, a full disk). */
  storage?: Pick<StorageHealth, 'failed'>;
  /** The network settings' proxies whose X-Forwarded-For is believed (client-address.ts). */
  trustedProxies: TrustedProxies;
  /** Sockets of the studio's own tunnel, whose X-Forwarded-For is the edge's (public/edge-ingress.ts). */
  fromEdge?: FromEdge;
  /** Wrong-token attempts per client, shared by every route that takes a token. */
  authFailures: AuthFailures;
}

/** One route the server answers (HEAD routes Fastify adds for each GET are left out). */
export interface HttpRoute {
  method: string;
  url: string;
}

export async function buildHttpServer(deps: HttpServerDeps): Promise<{ app: FastifyInstance; hub: Hub; routes: HttpRoute[] }> {
  const app = Fastify({
    logger: false,
    bodyLimit: 16 * 1024,
    return503OnClosing: true,
    routerOptions: { maxParamLength: 200 },
    // Asked per request, so the host's proxy setting applies without a restart; default: nobody.
    trustProxy: trustProxyFunction(deps.trustedProxies),
    // Refused before routing (a broken %-escape in the URL): answered in the one error shape too.
    frameworkErrors: (error, _request, reply) => void sendError(reply, toAppError(error)),
  });
  // Every route, as registered (the fuzz coverage test checks that each one is fuzzed).
  const routes: HttpRoute[] = [];
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) if (method !== 'HEAD') routes.push({ method, url: route.url });
  });
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const fault = deps.storage?.failed(error, `${request.method} ${request.routeOptions.url ?? request.url}`) ?? storageFault(error);
    if (fault) {
      deps.log.warn('request not saved', { route: request.routeOptions.url, code: fault.code });
      // Viewers hear that it is temporary; the host hears the reason (storage.status).
      return sendError(reply, errorWith('unavailable', 'error.http.notSaved'));
    }
    const appError = toAppError(error);
    if (appError.code === 'internal') deps.log.error('request failed', { error });
    return sendError(reply, appError);
  });
  app.setNotFoundHandler((_request, reply) => sendError(reply, errorWith('not_found', 'error.http.nothingHere')));

  registerSecurityHeaders(app);
  // Pages, scripts and JSON go out compressed (brotli or gzip, as the browser asks); mime-db's
  // "compressible" leaves the program's WebM stream and the selfies' JPEGs alone.
  await app.register(fastifyCompress, { global: true, encodings: ['br', 'gzip'], threshold: 1024 });
  const guard: TokenGuard = { client: (request) => clientKey(request, deps.trustedProxies, deps.fromEdge), failures: deps.authFailures };
  await app.register(fastifyRateLimit, { global: false, keyGenerator: (request) => guard.client(request) });
  await app.register(fastifyWebsocket, {
    options: { maxPayload: MAX_WS_MESSAGE_BYTES },
    // On shutdown, say "going away" and cut after a moment: the default waits up to 30 s for each
    // peer's close handshake, so one silent page could hold the studio's exit that long.
    preClose(done) {
      const sockets = this.websocketServer.clients;
      for (const socket of sockets) {
        socket.close(1001, 'studio closing');
        setTimeout(() => socket.terminate(), 500).unref();
      }
      this.websocketServer.close(() => done());
    },
  });

  registerPublicApi(app, deps.publicApi, guard);
  await registerStripeWebhook(app, { payments: deps.payments, log: deps.log });
  registerRehearsalCheckout(app, deps.payments);
  const hub = registerWebSocketHub(app, deps.hub, guard);
  if (deps.program) registerProgramRoutes(app, { ...deps.program, guard });
  if (deps.selfies) await registerSelfieRoutes(app, deps.selfies, guard);
  if (deps.support) registerSupportRoutes(app, deps.support, guard);
  await registerPages(app, deps.pagesDir, { pageKeyAllows: (candidate) => deps.program?.access.allows(candidate) ?? false });
  return { app, hub, routes };
}
