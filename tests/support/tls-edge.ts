import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A small HTTPS reverse proxy on localhost standing in for the creator's Caddy: TLS with a
 * certificate made by openssl for `localhost` (trusted by a child process through
 * NODE_EXTRA_CA_CERTS), forwarding to a loopback port (the SSH tunnel's end on the "server") and
 * writing X-Forwarded-For as Caddy does. The namespace journey uses the real Caddy.
 */
export interface TlsEdge {
  url: string;
  /** PEM file to trust (NODE_EXTRA_CA_CERTS). */
  certFile: string;
  close(): Promise<void>;
}

export async function startTlsEdge(targetPort: () => number | null): Promise<TlsEdge> {
  const dir = mkdtempSync(join(tmpdir(), 'hotseat-tls-'));
  const keyFile = join(dir, 'key.pem');
  const certFile = join(dir, 'cert.pem');
  execFileSync('openssl', [
    'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-subj', '/CN=localhost',
    '-addext', 'subjectAltName=DNS:localhost', '-addext', 'basicConstraints=critical,CA:TRUE',
    '-keyout', keyFile, '-out', certFile,
  ], { stdio: 'ignore' });
  const server: Server = createServer({ key: readFileSync(keyFile), cert: readFileSync(certFile) }, (req, res) => {
    const port = targetPort();
    if (port === null) {
      res.writeHead(502, { 'content-type': 'text/plain' }).end('Bad Gateway');
      return;
    }
    const upstream = request({ host: '127.0.0.1', port, method: req.method, path: req.url, headers: { ...req.headers, 'x-forwarded-for': req.socket.remoteAddress ?? '' } }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    upstream.on('error', () => res.writeHead(502, { 'content-type': 'text/plain' }).end('Bad Gateway'));
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `https://localhost:${(server.address() as AddressInfo).port}`,
    certFile,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
