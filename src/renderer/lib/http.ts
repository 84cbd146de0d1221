import type { z } from 'zod';
import { AppErrorShape, describeZodError, failWith, type Result } from '../../shared/result';

export interface JsonRequest {
  method?: 'GET' | 'POST';
  body?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

/**
 * Calls the studio's HTTP API and returns a Result: the server's own error when it sent one, a
 * plain-language one when the network or the answer failed. Never throws, so every page handles
 * failures the same way.
 */
export async function requestJson<S extends z.ZodType>(
  url: string,
  schema: S,
  request: JsonRequest = {},
  fetchImpl: typeof fetch = fetch,
): Promise<Result<z.infer<S>>> {
  const headers: Record<string, string> = { accept: 'application/json', ...request.headers };
  if (request.body !== undefined) headers['content-type'] = 'application/json';
  let response: Response;
  try {
    response = await fetchImpl(url, {
      method: request.method ?? (request.body === undefined ? 'GET' : 'POST'),
      headers,
      body: request.body === undefined ? undefined : JSON.stringify(request.body),
      signal: request.signal,
      credentials: 'same-origin',
    });
  } catch (error) {
    if (request.signal?.aborted) return failWith('unavailable', 'error.requestCancelled');
    console.warn('request failed:', String(error));
    return failWith('unavailable', 'error.unreachable');
  }
  const body = await readJson(response);
  if (!response.ok) {
    const error = AppErrorShape.safeParse(isRecord(body) ? body.error : undefined);
    if (error.success) return { ok: false, error: error.data };
    return failWith(response.status >= 500 ? 'unavailable' : 'bad_request', 'error.serverStatus', { status: response.status, statusText: response.statusText });
  }
  const parsed = schema.safeParse(body);
  if (parsed.success) return { ok: true, value: parsed.data };
  console.warn('answer outside the contract:', describeZodError(parsed.error).message);
  return failWith('internal', 'error.badAnswer');
}

async function readJson(response: Response): Promise<unknown> {
  try {
    return (await response.json()) as unknown;
  } catch {
    return undefined;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
