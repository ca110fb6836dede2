import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request } from 'node:http';
import WebSocket from 'ws';
import { startServer, type RunningServer } from './http-server';
import { EventBus } from '../api/event-bus';
import type { Router } from '../api/router';

const calls: { method: string; input: unknown }[] = [];
const router: Router = {
  async call(method, input) {
    calls.push({ method, input });
    return method === 'app.info' ? { ok: true, value: { echo: input } } : { ok: false, error: { code: 'UNKNOWN_METHOD', message: 'nope' } };
  },
  invoke: () => Promise.reject(new Error('not used')),
};
const events = new EventBus();
let server: RunningServer;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'neurona-srv-'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Neurona</title>');
  writeFileSync(join(dir, 'app.js'), 'console.log(1)');
  server = await startServer({ router, events, rendererDir: dir, token: 'secret-token' });
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

function http(path: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: server.port, path, method: init.method ?? 'GET', headers: init.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString() }));
    });
    req.on('error', reject);
    if (init.body) req.write(init.body);
    req.end();
  });
}

const auth = { Authorization: 'Bearer secret-token', 'Content-Type': 'application/json' };

describe('browser-mode server', () => {
  it('listens on loopback and prints a URL with the token', () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/?token=secret-token`);
  });

  it('calls the router with the JSON body and returns its CallResult', async () => {
    const r = await http('/api/app.info', { method: 'POST', headers: auth, body: '{"a":1}' });
    expect(r.status).toBe(200);
    expect(JSON.parse(r.body)).toEqual({ ok: true, value: { echo: { a: 1 } } });
    expect(calls.at(-1)).toEqual({ method: 'app.info', input: { a: 1 } });
  });

  const refusals: { name: string; headers: Record<string, string>; status: number }[] = [
    { name: 'no token', headers: { 'Content-Type': 'application/json' }, status: 401 },
    { name: 'wrong token', headers: { ...auth, Authorization: 'Bearer nope' }, status: 401 },
    { name: 'foreign origin', headers: { ...auth, Origin: 'http://evil.example' }, status: 403 },
    { name: 'same host, other port origin', headers: { ...auth, Origin: 'http://127.0.0.1:1' }, status: 403 },
    { name: 'rebinding host header', headers: { ...auth, Host: 'evil.example' }, status: 403 },
  ];
  for (const c of refusals) {
    it(`refuses an API call with ${c.name} (${c.status})`, async () => {
      const before = calls.length;
      const r = await http('/api/app.info', { method: 'POST', headers: c.headers, body: '{}' });
      expect(r.status).toBe(c.status);
      expect(calls.length).toBe(before);
    });
  }

  it('accepts our own origin', async () => {
    const r = await http('/api/app.info', { method: 'POST', headers: { ...auth, Origin: `http://127.0.0.1:${server.port}` }, body: '{}' });
    expect(r.status).toBe(200);
  });

  it('answers 400 to a body that is not JSON', async () => {
    const r = await http('/api/app.info', { method: 'POST', headers: auth, body: '{nope' });
    expect(r.status).toBe(400);
  });

  it('serves the app with a strict CSP and falls back to index.html for client routes', async () => {
    const index = await http('/');
    expect(index.status).toBe(200);
    expect(index.headers['content-security-policy']).toMatch(/default-src 'self'.*script-src 'self'/);
    expect(index.headers['content-security-policy']).toMatch(/object-src 'none'/);
    expect(index.headers['referrer-policy']).toBe('no-referrer');
    expect((await http('/project/abc')).body).toContain('<title>Neurona</title>');
    expect((await http('/app.js')).headers['content-type']).toMatch(/javascript/);
    expect((await http('/missing.js')).status).toBe(404);
  });

  it('refuses static paths that leave the renderer folder', async () => {
    // The URL parser folds %2e%2e segments before we see them, so such a path may land on the
    // app's own index.html; what must never come back is a file from outside the folder.
    for (const p of ['/%2e%2e/%2e%2e/etc/passwd', '/..%2fpackage.json', '/..%2f..%2f..%2fetc%2fpasswd', '/../../etc/passwd']) {
      const r = await http(p);
      expect(r.body).not.toContain('root:');
      expect(r.body).not.toContain('"dependencies"');
      if (r.status === 200) expect(r.body).toContain('<title>Neurona</title>');
    }
    expect((await http('/..%2fpackage.json')).status).toBe(403);
  });

  it('streams events over the WebSocket to token holders only', async () => {
    await expect(
      new Promise((resolve, reject) => {
        const ws = new WebSocket(`ws://127.0.0.1:${server.port}/events?token=wrong`);
        ws.on('open', () => reject(new Error('opened without the token')));
        ws.on('error', resolve);
      }),
    ).resolves.toBeTruthy();

    const ws = new WebSocket(`ws://127.0.0.1:${server.port}/events?token=secret-token`);
    await new Promise((r) => ws.on('open', r));
    const got = new Promise<string>((r) => ws.on('message', (d) => r(d.toString())));
    events.emit('import.progress', { projectPath: '/p', source: 'mnist', done: 1, total: 2 });
    expect(JSON.parse(await got)).toEqual({ name: 'import.progress', payload: { projectPath: '/p', source: 'mnist', done: 1, total: 2 } });
    ws.close();
  });

  it('refuses a WebSocket from a foreign origin even with the token', async () => {
    await expect(
      new Promise((resolve, reject) => {
        const ws = new WebSocket(`ws://127.0.0.1:${server.port}/events?token=secret-token`, { headers: { Origin: 'http://evil.example' } });
        ws.on('open', () => reject(new Error('opened from a foreign origin')));
        ws.on('error', resolve);
      }),
    ).resolves.toBeTruthy();
  });
});
