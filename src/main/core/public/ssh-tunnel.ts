import { connect as connectTcp } from 'node:net';
import ssh2, { type ClientChannel } from 'ssh2';
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
              `${options.host} would not open port ${options.remotePort} for the studio (${error.message}). Another program or an older connection of this studio may still hold it (it frees itself within a minute), or sshd does not allow forwarding (AllowTcpForwarding).`,
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
      if (ready && !closing) settleDrop(new TunnelError('dropped', `The connection to ${where} dropped.`, true));
      if (!ready) reject(new TunnelError('unreachable', `${where} closed the connection before the tunnel opened.`, true));
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
  if (/keepalive/i.test(error.message)) return new TunnelError('dropped', `${where} stopped answering (the connection was lost).`, true);
  return new TunnelError('dropped', `The connection to ${where} dropped (${error.code ?? error.message}).`, true);
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
      `${options.host} presented a different identity (host key ${offeredKey ?? 'unknown'}) from the one trusted (${options.trustedHostKey ?? 'none'}). The studio refused to connect. If you reinstalled or replaced the server, trust the new key in Settings → Network; if not, someone may be intercepting the connection.`,
      false,
      offeredKey,
    );
  }
  if (error.level === 'client-authentication') {
    return new TunnelError(
      'credentials',
      `${options.host} refused the studio's SSH key for user "${options.username}". Add the studio's public key (Settings → Network) to ~${options.username}/.ssh/authorized_keys on the server, or check the user name.`,
      false,
    );
  }
  if (error.level === 'client-timeout') return new TunnelError('unreachable', `${where} did not answer in time. Check the address and that port ${options.sshPort} is open.`, true);
  switch (error.code) {
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return new TunnelError('unreachable', `The server name ${options.host} could not be found (DNS). Check the address, and this computer's internet connection.`, true);
    case 'ECONNREFUSED':
      return new TunnelError('unreachable', `${where} refused the connection: is sshd running there and listening on port ${options.sshPort}?`, true);
    case 'ETIMEDOUT':
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
    case 'ECONNRESET':
      return new TunnelError('unreachable', `${where} cannot be reached (${error.code}). Check this computer's internet connection and the server's firewall.`, true);
    default:
      if (/private key|parse|unsupported key/i.test(error.message)) return new TunnelError('config', `The studio's SSH key could not be used: ${error.message}.`, false);
      return new TunnelError('unreachable', `The SSH connection to ${where} failed: ${error.message}.`, true);
  }
}
