import type { z } from 'zod';
import { AppErrorShape, describeZodError, fail, type Result } from '../../shared/result';

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
    if (request.signal?.aborted) return fail('unavailable', 'The request was cancelled.');
    return fail('unavailable', `Can't reach the server. Check your connection and try again. (${String(error)})`);
  }
  const body = await readJson(response);
  if (!response.ok) {
    const error = AppErrorShape.safeParse(isRecord(body) ? body.error : undefined);
    if (error.success) return { ok: false, error: error.data };
    return fail(response.status >= 500 ? 'unavailable' : 'bad_request', `The server answered ${response.status} ${response.statusText}.`);
  }
  const parsed = schema.safeParse(body);
  if (parsed.success) return { ok: true, value: parsed.data };
  return fail('internal', `The server sent an answer this page does not understand (${describeZodError(parsed.error).message}).`);
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
