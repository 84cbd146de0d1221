import type { IncomingMessage } from 'node:http';
import { StripeApiError } from './errors';

/** Reads a request body as UTF-8, refusing anything over `limit` bytes with 413. */
export async function readBody(req: IncomingMessage, limit: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    if (size > limit) {
      throw new StripeApiError(413, { type: 'invalid_request_error', message: `Request body is larger than ${limit} bytes.` });
    }
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}
