import type { FastifyInstance } from 'fastify';
import { supportBundle, type SupportFacts } from '../../logs/support-bundle';
import { bearerToken } from '../bearer-token';
import { errorWith } from '../../../../shared/result';
import { sendError } from '../http-errors';
import { countWrongToken, refuseGuessers, type TokenGuard } from '../token-guard';
import { SUPPORT_LOGS_PATH } from '../../../../shared/support';

/**
 * `GET /api/support/logs` (host token as a Bearer header): the studio's log files as one text file
 * to send to support (logs/support-bundle.ts). Only the host may have them: they name buyers.
 */
export interface SupportRoutesDeps {
  logsDir: string;
  isHostToken(token: string): boolean;
  facts(): SupportFacts;
}

export function registerSupportRoutes(app: FastifyInstance, deps: SupportRoutesDeps, guard: TokenGuard): void {
  const options = { config: { rateLimit: { max: 10, timeWindow: 60_000 } }, preValidation: refuseGuessers(guard) };
  app.get(SUPPORT_LOGS_PATH, options, (request, reply) => {
    if (!deps.isHostToken(bearerToken(request))) {
      countWrongToken(guard, request);
      return sendError(reply, errorWith('unauthorized', 'error.support.hostOnly'));
    }
    const bundle = supportBundle(deps.logsDir, deps.facts());
    return reply
      .header('Content-Type', 'text/plain; charset=utf-8')
      .header('Content-Disposition', `attachment; filename="${bundle.fileName}"`)
      .header('Cache-Control', 'private, no-store')
      .send(bundle.text);
  });
}
