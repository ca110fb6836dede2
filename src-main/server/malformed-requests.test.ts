// The defects found by trying the browser-mode server as an attacker or a careless client would:
// each request here once ended the process, answered 500 before the token check, or reset the
// connection instead of replying. The server must refuse each one and keep answering.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, type RunningServer } from './http-server';
import { EventBus } from '../api/event-bus';
import type { Router } from '../api/router';

const router: Router = {
  call: async (method, input) => ({ ok: true, value: { method, input } }),
  invoke: () => Promise.reject(new Error('not used')),
};
let server: RunningServer;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'neurona-malformed-'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Neurona</title>');
  server = await startServer({ router, events: new EventBus(), rendererDir: dir, token: 'secret-token' });
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Writes raw bytes to the server and returns whatever comes back before it closes (or 2 s pass). */
function raw(bytes: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(server.port, '127.0.0.1', () => socket.write(bytes));
    let out = '';
    socket.on('data', (d) => (out += d.toString('latin1')));
    socket.on('close', () => resolve(out));
    socket.on('error', reject);
    socket.setTimeout(2_000, () => socket.destroy());
  });
}

function post(path: string, body: Buffer | string, headers: Record<string, string> = {}): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: server.port, path, method: 'POST', headers: { 'Content-Length': String(Buffer.byteLength(body)), ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString() }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

async function stillAnswers(): Promise<void> {
  const r = await post('/api/app.info', '{}', { Authorization: 'Bearer secret-token' });
  expect(r.status).toBe(200);
}

const auth = { Authorization: 'Bearer secret-token' };

describe('malformed requests', () => {
  it('a WebSocket upgrade whose target is not a URL is refused and the server stays up', async () => {
    const reply = await raw(`GET http://[ HTTP/1.1\r\nHost: 127.0.0.1:${server.port}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n`);
    expect(reply).toMatch(/^HTTP\/1\.1 400 /);
    await stillAnswers();
  });

  it('a plain request whose target is not a URL gets 400 and the server stays up', async () => {
    const reply = await raw(`GET http://[ HTTP/1.1\r\nHost: 127.0.0.1:${server.port}\r\n\r\n`);
    expect(reply).toMatch(/^HTTP\/1\.1 400 /);
    await stillAnswers();
  });

  it('bad percent-encoding in an API path is a typed 400 after the token check', async () => {
    const withoutToken = await post('/api/%E0%A4%A', '{}');
    expect(withoutToken.status).toBe(401);
    const withToken = await post('/api/%E0%A4%A', '{}', auth);
    expect(withToken.status).toBe(400);
    expect(JSON.parse(withToken.body)).toEqual({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringMatching(/percent-encoding/) } });
  });

  it('bad percent-encoding in a page path is refused by the static resolver (403)', async () => {
    const r = await raw(`GET /%E0%A4%A HTTP/1.1\r\nHost: 127.0.0.1:${server.port}\r\nConnection: close\r\n\r\n`);
    expect(r).toMatch(/^HTTP\/1\.1 403 /);
  });

  it('a body over the limit with a valid token gets the 413 JSON error, not a reset', async () => {
    const r = await post('/api/app.info', Buffer.alloc(17 * 1024 * 1024, 32), { ...auth, 'Content-Type': 'application/json' });
    expect(r.status).toBe(413);
    expect(JSON.parse(r.body)).toEqual({ ok: false, error: { code: 'PAYLOAD_TOO_LARGE', message: expect.stringMatching(/16 MiB/) } });
    await stillAnswers();
  });

  it('a body over the limit without a token is refused with 401 before it is read', async () => {
    const r = await post('/api/app.info', Buffer.alloc(17 * 1024 * 1024, 32));
    expect(r.status).toBe(401);
    await stillAnswers();
  });

  it('an upgrade that resets mid-handshake does not end the server', async () => {
    await new Promise<void>((resolve) => {
      const socket = connect(server.port, '127.0.0.1', () => {
        socket.write(`GET /events?token=secret-token HTTP/1.1\r\nHost: 127.0.0.1:${server.port}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n`);
        socket.resetAndDestroy();
        resolve();
      });
    });
    await stillAnswers();
  });
});
