import type { Server, IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import type { EventBus } from '../api/event-bus';
import { hostAllowed, originAllowed, tokensEqual } from './security';
import { parseRequestTarget } from './request-target';

export interface EventSocketOptions {
  events: EventBus;
  token: string;
  /** The listening port (known only once the server listens). */
  port: () => number;
}

// The socket only carries events to the page; anything the page sends is ignored, so a small
// frame limit costs nothing and keeps a client from making the server buffer megabytes.
const MAX_INCOMING_FRAME = 4 * 1024;

function refuse(socket: Duplex, status: '400 Bad Request' | '403 Forbidden'): void {
  if (socket.writable) socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
  socket.destroy();
}

/**
 * `/events`: the WebSocket that streams API events to token holders. Every malformed upgrade
 * (bad target, wrong host, origin or token, a broken handshake, a socket reset half-way) is
 * refused or dropped; nothing a client sends can throw out of these handlers.
 */
export function attachEventSocket(server: Server, options: EventSocketOptions): { close(): void } {
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_INCOMING_FRAME });
  const sockets = new Set<WebSocket>();

  function upgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    socket.on('error', () => socket.destroy());
    const url = parseRequestTarget(req.url, options.port());
    if (!url) return refuse(socket, '400 Bad Request');
    const port = options.port();
    const allowed =
      url.pathname === '/events' &&
      hostAllowed(req.headers.host, port) &&
      originAllowed(req.headers.origin, port) &&
      tokensEqual(url.searchParams.get('token'), options.token);
    if (!allowed) return refuse(socket, '403 Forbidden');
    wss.handleUpgrade(req, socket, head, (ws) => {
      sockets.add(ws);
      ws.on('error', () => ws.terminate());
      ws.on('close', () => sockets.delete(ws));
    });
  }

  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    try {
      upgrade(req, socket, head);
    } catch {
      socket.destroy();
    }
  });

  const unsubscribe = options.events.subscribe((event) => {
    const data = JSON.stringify(event);
    for (const ws of sockets) if (ws.readyState === ws.OPEN) ws.send(data);
  });

  return {
    close() {
      unsubscribe();
      for (const ws of sockets) ws.terminate();
      wss.close();
    },
  };
}
