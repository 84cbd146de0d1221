import { createServer, type AddressInfo, type Server as NetServer, type Socket } from 'node:net';
import { generateEd25519KeyPair } from '../../src/main/core/public/ssh-identity';
import ssh2 from 'ssh2';
import { hostKeyFingerprint } from '../../src/main/core/public/ssh-host-key';

/**
 * A creator's server for unit tests, speaking real SSH (ssh2's server side): public-key
 * authentication for one user and key, and remote port forwarding (`tcpip-forward`) onto a real
 * loopback port, as OpenSSH's sshd does. Faults on cue: refuse forwarding, swap the host key,
 * drop every connection. The e2e journey meets the real sshd (tests/e2e/support/netlab).
 */
export interface SshTestServer {
  port: number;
  /** The host key's fingerprint, as `ssh-keygen -lf` prints it. */
  fingerprint(): string;
  /** The loopback port a studio's tunnel currently forwards, if any. */
  forwardedPort(): number | null;
  allowKey(publicKeyLine: string): void;
  refuseForwarding(on: boolean): void;
  /** A new host key, as after a reinstall (or an impostor). */
  replaceHostKey(): void;
  /** Every client connection and forwarded listener ends at once (the server rebooted, the link died). */
  /** Cuts every connection: `close` ends them in order (FIN), `reset` the hard way (RST, the client reads ECONNRESET). */
  dropAll(how?: 'close' | 'reset'): void;
  /** How many connections authenticated so far. */
  logins(): number;
  close(): Promise<void>;
}

export async function startSshTestServer(options: { username: string }): Promise<SshTestServer> {
  let hostKey = generateEd25519KeyPair();
  let allowed: ssh2.ParsedKey | null = null;
  let refuse = false;
  let logins = 0;
  const sockets = new Set<Socket>();
  const forwards = new Set<NetServer>();
  let forwarded: number | null = null;

  const makeServer = () =>
    new ssh2.Server({ hostKeys: [hostKey.private] }, (client) => {
      client.on('authentication', (ctx) => {
        if (ctx.method !== 'publickey' || ctx.username !== options.username || !allowed) return ctx.reject(['publickey']);
        if (ctx.key.algo !== allowed.type || !ctx.key.data.equals(allowed.getPublicSSH())) return ctx.reject(['publickey']);
        if (!ctx.signature) return ctx.accept();
        if (allowed.verify(ctx.blob ?? Buffer.alloc(0), ctx.signature, ctx.hashAlgo) !== true) return ctx.reject(['publickey']);
        logins += 1;
        ctx.accept();
      });
      client.on('ready', () => {
        client.on('request', (accept, reject, name, info) => {
          if (name !== 'tcpip-forward' || refuse) return reject?.();
          const listener = createServer((socket) => {
            sockets.add(socket);
            socket.on('close', () => sockets.delete(socket));
            socket.on('error', () => undefined);
            client.forwardOut(info.bindAddr, info.bindPort, socket.remoteAddress ?? '127.0.0.1', socket.remotePort ?? 0, (error, channel) => {
              if (error) return socket.destroy();
              channel.on('error', () => socket.destroy());
              socket.pipe(channel).pipe(socket);
            });
          });
          listener.on('error', () => reject?.());
          listener.listen(info.bindPort, '127.0.0.1', () => {
            forwards.add(listener);
            forwarded = (listener.address() as AddressInfo).port;
            accept?.();
          });
          client.on('close', () => {
            listener.close();
            forwards.delete(listener);
            if (forwarded === info.bindPort) forwarded = null;
          });
        });
      });
      client.on('error', () => undefined);
    });

  let ssh = makeServer();
  // Our own TCP listener hands sockets to the SSH server, so a drop can cut them the hard way.
  const tcp = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => undefined);
    ssh.injectSocket(socket);
  });
  const port = await new Promise<number>((resolve) => tcp.listen(0, '127.0.0.1', () => resolve((tcp.address() as AddressInfo).port)));
  const publicBlob = () => {
    const parsed = ssh2.utils.parseKey(hostKey.public);
    if (parsed instanceof Error) throw parsed;
    return (Array.isArray(parsed) ? (parsed[0] as ssh2.ParsedKey) : parsed).getPublicSSH();
  };

  return {
    port,
    fingerprint: () => hostKeyFingerprint(publicBlob()),
    forwardedPort: () => forwarded,
    allowKey: (line) => {
      const parsed = ssh2.utils.parseKey(line);
      if (parsed instanceof Error) throw parsed;
      allowed = Array.isArray(parsed) ? (parsed[0] as ssh2.ParsedKey) : parsed;
    },
    refuseForwarding: (on) => {
      refuse = on;
    },
    replaceHostKey: () => {
      hostKey = generateEd25519KeyPair();
      ssh = makeServer();
      for (const socket of sockets) socket.destroy();
    },
    dropAll: (how = 'close') => {
      for (const socket of sockets) {
        if (how === 'reset') socket.resetAndDestroy();
        else socket.destroy();
      }
      for (const listener of forwards) listener.close();
      forwards.clear();
      forwarded = null;
    },
    logins: () => logins,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      for (const listener of forwards) listener.close();
      await new Promise<void>((resolve) => tcp.close(() => resolve()));
    },
  };
}
