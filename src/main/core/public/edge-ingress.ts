import { createServer, type Server, type Socket } from 'node:net';
import type { Server as HttpServer } from 'node:http';

/**
 * The door the studio's own tunnels come in by: a loopback port of its own, whose connections are
 * handed to the one HTTP server (pages, API, WebSocket) like any other. Because only the tunnel
 * clients the studio runs itself (the SSH reverse tunnel, ngrok's agent) connect here, a request
 * on one of these sockets is known to come from the edge, so its X-Forwarded-For, written by the
 * edge (Caddy, ngrok), can be believed without the creator listing any proxy address; a request on
 * the studio's ordinary port never is.
 */
export interface EdgeIngress {
  readonly port: number;
  isEdgeSocket(socket: Socket): boolean;
  close(): Promise<void>;
}

export async function openEdgeIngress(http: HttpServer): Promise<EdgeIngress> {
  const edgeSockets = new WeakSet<Socket>();
  const server: Server = createServer((socket) => {
    edgeSockets.add(socket);
    http.emit('connection', socket);
  });
  // Only this machine's processes can reach it; nothing listens on a LAN address for the edge.
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen({ host: '127.0.0.1', port: 0 }, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('edge ingress has no port');
  return {
    port: address.port,
    isEdgeSocket: (socket) => edgeSockets.has(socket),
    // Stop taking new connections; the ones already handed over belong to the HTTP server, which
    // closes them itself (waiting for them here would wait for the server that closes after us).
    close: () => {
      server.close();
      return Promise.resolve();
    },
  };
}
