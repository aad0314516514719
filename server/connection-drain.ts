import type { Server } from 'node:http';
import type { Socket } from 'node:net';

/**
 * Ends the connections a stopping server would otherwise wait for. Node
 * closes idle keep-alive connections itself, but not one a client opened
 * and never sent a request on (a fetch aborted while connecting): that
 * one waits out the whole headers timeout. Anything still open after the
 * grace period is cut, so a stop always ends.
 */
export function drainConnectionsOnClose(
  server: Server,
  graceMs: number,
): { stopping(): () => void } {
  const sockets = new Set<Socket>();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });

  return {
    stopping() {
      for (const socket of sockets) {
        if (socket.bytesRead === 0) socket.destroy();
      }
      const deadline = setTimeout(() => {
        server.closeAllConnections();
      }, graceMs);
      return () => {
        clearTimeout(deadline);
      };
    },
  };
}
