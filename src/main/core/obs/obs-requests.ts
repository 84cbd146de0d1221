import type { OBSWebSocket } from 'obs-websocket-js/json';
import { said } from '../../../shared/i18n/said';
import type { ObsProblem } from '../../../shared/obs';
import { checkedAnswer, type ObsCaller } from './obs-calls';

/**
 * Requests to one OBS socket with a deadline each: an answer that does not come in time is an
 * `ObsTimeoutError` (OBS is slow, the socket still open), and a socket that closes fails every
 * request still waiting at once (obs-websocket-js would leave them hanging).
 */
export class ObsTimeoutError extends Error {
  constructor(
    readonly requestType: string,
    readonly ms: number,
  ) {
    super(`${requestType} timed out after ${ms} ms`);
  }
}

export function slowProblem(error: ObsTimeoutError): ObsProblem {
  return { code: 'slow', ...said('error.obs.slow', { request: error.requestType, seconds: error.ms / 1000 }) };
}

export interface ObsRequests {
  caller(obs: OBSWebSocket, timeoutMs: number): ObsCaller;
  /** The socket is gone: every request still waiting fails now, saying so. */
  failWaiting(reason: string): void;
}

export function createObsRequests(): ObsRequests {
  const waiting = new Set<(error: Error) => void>();
  return {
    caller: (obs, timeoutMs) => ({
      call: async (requestType, requestData) => {
        let cut: (error: Error) => void = () => undefined;
        const closed = new Promise<never>((_resolve, reject) => {
          cut = reject;
          waiting.add(cut);
        });
        try {
          const answer = await withTimeout(Promise.race([obs.call(requestType, requestData), closed]), timeoutMs, () => new ObsTimeoutError(requestType, timeoutMs));
          return checkedAnswer(requestType, answer);
        } finally {
          waiting.delete(cut);
        }
      },
    }),
    failWaiting(reason) {
      for (const cut of [...waiting]) cut(new Error(reason));
      waiting.clear();
    },
  };
}

export function withTimeout<T>(promise: Promise<T>, ms: number, timeoutError: () => Error): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(timeoutError()), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}
