import { connect as connectTcp } from 'node:net';
import ssh2, { type ClientChannel } from 'ssh2';
import { said } from '../../../shared/i18n/said';
import { hostKeyFingerprint } from './ssh-host-key';
import { TunnelError, type Tunnel } from './tunnel';

/**
 * "Own server": an SSH reverse tunnel from the studio to the creator's server, in-process (ssh2,
 * pure JavaScript: no system ssh, so the same on Windows and macOS). The server's sshd listens on
 * its own loopback at `remotePort`; the reverse proxy there (Caddy, docs/PUBLIC.md) terminates TLS
 * and forwards to it; every connection comes back through the tunnel to the studio's edge ingress.
 */
export interface SshTunnelOptions {
  host: string;
  sshPort: number;
  username: string;
  privateKey: string;
  remotePort: number;
  publicUrl: string;
  /** The host key fingerprint trusted so far (SHA256:…); null trusts the first one seen and reports it. */
  trustedHostKey: string | null;
  /** Told the fingerprint of the server's key once it is accepted (to remember it on first use). */
  hostKeySeen?: (fingerprint: string) => void;
  /** The studio's edge ingress port on 127.0.0.1. */
  targetPort: number;
  readyTimeoutMs?: number;
  /** A silent server is declared gone after interval × count (a cut cable sends no FIN). */
  keepaliveIntervalMs?: number;
  keepaliveCountMax?: number;
}

export function openSshTunnel(options: SshTunnelOptions): Promise<Tunnel> {
  const client = new ssh2.Client();
  const where = `${options.host}:${options.sshPort}`;
  let offeredKey: string | null = null;
  let keyRefused = false;
  let closing = false;

  return new Promise<Tunnel>((resolve, reject) => {
    let ready = false;
    let settleDrop: (error: TunnelError) => void = () => {};
    const dropped = new Promise<TunnelError>((resolveDrop) => (settleDrop = resolveDrop));
    const fail = (error: TunnelError) => {
      client.end();
      if (!ready) reject(error);
      else if (!closing) settleDrop(error);
    };

    client.on('tcp connection', (_info, accept) => pipeToStudio(accept(), options.targetPort));
    client.on('ready', () => {
      client.forwardIn('127.0.0.1', options.remotePort, (error) => {
        if (error) {
          fail(
            new TunnelError(
              'forward_refused',
              said('error.ssh.forwardRefused', { host: options.host, port: String(options.remotePort), detail: error.message }),
              true,
            ),
          );
          return;
        }
        ready = true;
        resolve({
          url: options.publicUrl.replace(/\/+$/, ''),
          dropped,
          close: () =>
            new Promise<void>((done) => {
              closing = true;
              client.once('close', () => done());
              client.end();
              setTimeout(done, 2_000).unref();
            }),
        });
      });
    });
    client.on('error', (error: Error & { level?: string; code?: string }) =>
      // Once open, any failure of the connection (a reset, a lost keepalive) is the tunnel dropping: reconnect.
      fail(ready ? droppedError(error, where) : describeSshError(error, where, keyRefused, offeredKey, options)),
    );
    client.on('close', () => {
      if (ready && !closing) settleDrop(new TunnelError('dropped', said('error.ssh.dropped', { where }), true));
      if (!ready) reject(new TunnelError('unreachable', said('error.ssh.closedEarly', { where }), true));
    });

    client.connect({
      host: options.host,
      port: options.sshPort,
      username: options.username,
      privateKey: options.privateKey,
      readyTimeout: options.readyTimeoutMs ?? 15_000,
      keepaliveInterval: options.keepaliveIntervalMs ?? 5_000,
      keepaliveCountMax: options.keepaliveCountMax ?? 3,
      hostVerifier: (key: Buffer) => {
        offeredKey = hostKeyFingerprint(key);
        if (options.trustedHostKey !== null && options.trustedHostKey !== offeredKey) {
          keyRefused = true;
          return false;
        }
        options.hostKeySeen?.(offeredKey);
        return true;
      },
    });
  });
}

/** One viewer's connection, arriving through the tunnel, joined to the studio's edge ingress. */
function pipeToStudio(channel: ClientChannel, port: number): void {
  const socket = connectTcp({ host: '127.0.0.1', port });
  const cut = () => {
    socket.destroy();
    channel.destroy();
  };
  socket.on('error', cut);
  channel.on('error', cut);
  channel.pipe(socket).pipe(channel);
}

function droppedError(error: Error & { code?: string }, where: string): TunnelError {
  if (/keepalive/i.test(error.message)) return new TunnelError('dropped', said('error.ssh.silent', { where }), true);
  return new TunnelError('dropped', said('error.ssh.droppedWith', { where, detail: error.code ?? error.message }), true);
}

function describeSshError(
  error: Error & { level?: string; code?: string },
  where: string,
  keyRefused: boolean,
  offeredKey: string | null,
  options: SshTunnelOptions,
): TunnelError {
  if (keyRefused) {
    return new TunnelError(
      'host_key_changed',
      said('error.ssh.hostKeyChanged', { host: options.host, offered: offeredKey ?? 'unknown', trusted: options.trustedHostKey ?? 'none' }),
      false,
      offeredKey,
    );
  }
  if (error.level === 'client-authentication') {
    return new TunnelError(
      'credentials',
      said('error.ssh.keyRefused', { host: options.host, user: options.username }),
      false,
    );
  }
  if (error.level === 'client-timeout') return new TunnelError('unreachable', said('error.ssh.timeout', { where, port: String(options.sshPort) }), true);
  switch (error.code) {
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return new TunnelError('unreachable', said('error.ssh.dns', { host: options.host }), true);
    case 'ECONNREFUSED':
      return new TunnelError('unreachable', said('error.ssh.refused', { where, port: String(options.sshPort) }), true);
    case 'ETIMEDOUT':
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
    case 'ECONNRESET':
      return new TunnelError('unreachable', said('error.ssh.unreachable', { where, code: error.code }), true);
    default:
      if (/private key|parse|unsupported key/i.test(error.message)) return new TunnelError('config', said('error.ssh.badKey', { detail: error.message }), false);
      return new TunnelError('unreachable', said('error.ssh.failed', { where, detail: error.message }), true);
  }
}
