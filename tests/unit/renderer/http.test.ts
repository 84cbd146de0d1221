import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requestJson } from '../../../src/renderer/lib/http';
import { CheckoutResponse, Health } from '../../../src/shared/store-api';

let server: Server;
let base: string;
const bodies: unknown[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk: Buffer) => (raw += chunk.toString()));
    req.on('end', () => {
      if (raw) bodies.push({ contentType: req.headers['content-type'], body: JSON.parse(raw) as unknown, token: req.headers['x-receipt-token'] });
      const send = (status: number, body: string) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(body);
      };
      if (req.url === '/api/health') return send(200, JSON.stringify({ ok: true, db: 'ok', payments: 'rehearsal', version: '0.1.0' }));
      if (req.url === '/api/checkout')
        return send(400, JSON.stringify({ error: { code: 'bad_request', message: 'buyerName: is required', details: { buyerName: 'is required' } } }));
      if (req.url === '/api/odd') return send(200, JSON.stringify({ ok: 'yes' }));
      if (req.url === '/api/crash') return send(502, '<html>bad gateway</html>');
      send(404, JSON.stringify({ error: { code: 'not_found', message: 'No such page' } }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('requestJson', () => {
  it('returns the validated body on success', async () => {
    expect(await requestJson(`${base}/api/health`, Health)).toEqual({
      ok: true,
      value: { ok: true, db: 'ok', payments: 'rehearsal', version: '0.1.0' },
    });
  });

  it("returns the server's error with its field details, and sends JSON", async () => {
    const result = await requestJson(`${base}/api/checkout`, CheckoutResponse, { body: { buyerName: '' }, headers: { 'X-Receipt-Token': 'rct_x' } });
    expect(result).toEqual({ ok: false, error: { code: 'bad_request', message: 'buyerName: is required', details: { buyerName: 'is required' } } });
    expect(bodies.at(-1)).toEqual({ contentType: 'application/json', body: { buyerName: '' }, token: 'rct_x' });
  });

  it('explains an answer that breaks the contract', async () => {
    const result = await requestJson(`${base}/api/odd`, Health);
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
  });

  it('turns a non-JSON failure into an error naming the status', async () => {
    const result = await requestJson(`${base}/api/crash`, Health);
    expect(result).toMatchObject({ ok: false, error: { code: 'unavailable', message: expect.stringContaining('502') as string } });
  });

  it('reports an unreachable server without throwing', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const result = await requestJson(`http://127.0.0.1:${port}/api/health`, Health);
    expect(result).toMatchObject({ ok: false, error: { code: 'unavailable', message: expect.stringContaining('reach the server') as string, reason: { id: 'error.unreachable' } } });
  });
});
