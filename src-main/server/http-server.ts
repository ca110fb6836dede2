import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Router } from '../api/router';
import type { EventBus } from '../api/event-bus';
import { mimeTypeFor } from '../static-files/mime-types';
import { resolveStaticPath } from '../static-files/static-path';
import { contentSecurityPolicy } from '../static-files/content-security-policy';
import { securityHeaders } from '../static-files/security-headers';
import { bearerToken, hostAllowed, originAllowed, tokensEqual } from './security';
import { readBody } from './request-body';
import { attachEventSocket } from './event-socket';
import { decodeMethodName, parseRequestTarget } from './request-target';
import { staleTokenPage } from './stale-token-page';
import { newToken } from './token-file';

export interface ServerOptions {
  router: Router;
  events: EventBus;
  /** The built renderer (out/renderer). */
  rendererDir: string;
  port?: number;
  /** A fixed token (tests, `--token-file`); a random one otherwise. */
  token?: string;
}

export interface RunningServer {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

export const MAX_BODY_BYTES = 16 * 1024 * 1024;

type ApiError = { code: string; message: string };

/**
 * Browser mode: the same router over HTTP + WebSocket, on 127.0.0.1 only, guarded by a token (like
 * Jupyter). Every handler turns malformed input into a refusal; none can end the process.
 */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const token = options.token ?? newToken();
  let port = 0;

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) sendJson(res, 500, { ok: false, error: { code: 'INTERNAL', message: 'Internal error' } });
      else res.destroy();
    });
  });
  // A request Node cannot even parse: answer 400 (431 for oversized headers) when the socket
  // still can, never throw.
  server.on('clientError', (err: NodeJS.ErrnoException, socket) => {
    const status = err.code === 'HPE_HEADER_OVERFLOW' ? '431 Request Header Fields Too Large' : '400 Bad Request';
    if (socket.writable) socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
    socket.destroy();
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!hostAllowed(req.headers.host, port)) return sendText(res, 403, 'Host not allowed');
    const url = parseRequestTarget(req.url, port);
    if (!url) return sendText(res, 400, 'Bad request target');
    if (url.pathname.startsWith('/api/')) return handleApi(req, res, url.pathname.slice('/api/'.length));
    if (req.method !== 'GET' && req.method !== 'HEAD') return sendText(res, 405, 'Method not allowed');
    const given = url.searchParams.get('token');
    if (given !== null && !tokensEqual(given, token)) return sendStaleTokenPage(req, res);
    return serveStatic(url.pathname, res);
  }

  async function handleApi(req: IncomingMessage, res: ServerResponse, encodedMethod: string): Promise<void> {
    const refuse = (status: number, error: ApiError) => sendJson(res, status, { ok: false, error });
    if (!originAllowed(req.headers.origin, port)) return refuse(403, { code: 'ORIGIN_REFUSED', message: 'Origin not allowed' });
    if (!tokensEqual(bearerToken(req.headers.authorization), token)) {
      return refuse(401, { code: 'UNAUTHORIZED', message: 'Missing or wrong access token: open the URL that `neurona serve` printed' });
    }
    if (req.method !== 'POST') return refuse(405, { code: 'INVALID_INPUT', message: 'Use POST' });
    const method = decodeMethodName(encodedMethod);
    if (method === null) return refuse(400, { code: 'INVALID_INPUT', message: 'The method name in the path has broken percent-encoding' });
    const body = await readBody(req, MAX_BODY_BYTES);
    if (!body.ok) return refuse(413, { code: 'PAYLOAD_TOO_LARGE', message: `Request body too large (the limit is ${MAX_BODY_BYTES / 1024 / 1024} MiB)` });
    let input: unknown;
    try {
      input = body.text.trim() === '' ? {} : JSON.parse(body.text);
    } catch {
      return refuse(400, { code: 'INVALID_INPUT', message: 'Request body is not JSON' });
    }
    sendJson(res, 200, await options.router.call(method, input));
  }

  function pageHeaders(contentType: string, csp: string): Record<string, string> {
    return { 'Content-Type': contentType, ...securityHeaders(csp) };
  }

  function sendStaleTokenPage(req: IncomingMessage, res: ServerResponse): void {
    const page = staleTokenPage(req.headers['accept-language']);
    res.writeHead(401, { ...pageHeaders('text/html; charset=utf-8', page.csp), 'Cache-Control': 'no-store' });
    res.end(req.method === 'HEAD' ? undefined : page.html);
  }

  function serveStatic(pathname: string, res: ServerResponse): void {
    const resolved = resolveStaticPath(options.rendererDir, pathname);
    if (resolved.kind === 'forbidden') return sendText(res, 403, 'Forbidden');
    const exists = existsSync(resolved.path) && statSync(resolved.path).isFile();
    // Client-side routes (no file extension) fall back to the app's index.html.
    const target = exists ? resolved.path : resolved.isRoute ? join(options.rendererDir, 'index.html') : null;
    if (!target || !existsSync(target)) return sendText(res, 404, 'Not found');
    const csp = contentSecurityPolicy([`ws://127.0.0.1:${port}`, `ws://localhost:${port}`]);
    res.writeHead(200, {
      ...pageHeaders(mimeTypeFor(target), csp),
      'Cache-Control': target.endsWith('index.html') ? 'no-store' : 'public, max-age=3600',
    });
    res.end(readFileSync(target));
  }

  const eventSocket = attachEventSocket(server, { events: options.events, token, port: () => port });

  await new Promise<void>((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolvePromise());
  });
  port = (server.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    async close() {
      eventSocket.close();
      const closed = new Promise<void>((r) => server.close(() => r()));
      server.closeAllConnections();
      await closed;
    },
  };
}

function sendText(res: ServerResponse, status: number, body: string): void {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' });
  res.end(body);
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-store' });
  res.end(JSON.stringify(value));
}
