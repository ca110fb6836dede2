import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppProtocolHandler } from './app-protocol';
import { CONTENT_SECURITY_POLICY } from '../static-files/content-security-policy';
import { SECURITY_HEADER_NAMES, securityHeaders } from '../static-files/security-headers';

describe('createAppProtocolHandler', () => {
  let root: string;
  let outside: string;
  let handle: (request: Request) => Promise<Response>;

  beforeAll(() => {
    const base = mkdtempSync(join(tmpdir(), 'neurona-app-protocol-'));
    root = join(base, 'renderer');
    outside = join(base, 'secret.txt');
    mkdirSync(join(root, 'assets'), { recursive: true });
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>Neurona</title>');
    writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1)');
    writeFileSync(join(root, 'assets', 'style.css'), 'body{}');
    writeFileSync(join(root, 'assets', 'icon.svg'), '<svg/>');
    writeFileSync(join(root, 'assets', 'tfjs-backend-wasm.wasm'), Buffer.from([0, 97, 115, 109]));
    writeFileSync(join(root, 'assets', 'strings.json'), '{}');
    writeFileSync(join(root, 'assets', 'inter.woff2'), Buffer.from([1, 2, 3]));
    writeFileSync(outside, 'top secret');
    symlinkSync(outside, join(root, 'assets', 'escape.txt'));
    handle = createAppProtocolHandler(root);
  });

  afterAll(() => {
    rmSync(join(root, '..'), { recursive: true, force: true });
  });

  const get = (url: string, method = 'GET') => handle(new Request(url, { method }));

  it.each([
    ['app://neurona/index.html', 'text/html; charset=utf-8'],
    ['app://neurona/assets/app.js', 'text/javascript; charset=utf-8'],
    ['app://neurona/assets/style.css', 'text/css; charset=utf-8'],
    ['app://neurona/assets/icon.svg', 'image/svg+xml'],
    ['app://neurona/assets/tfjs-backend-wasm.wasm', 'application/wasm'],
    ['app://neurona/assets/strings.json', 'application/json; charset=utf-8'],
    ['app://neurona/assets/inter.woff2', 'font/woff2'],
  ])('serves %s as %s with the CSP', async (url, type) => {
    const res = await get(url);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(type);
    expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    // The same list the browser-mode server sends (checked against a live serve in serve-command.test.ts).
    for (const name of SECURITY_HEADER_NAMES) expect(res.headers.get(name), name).toBe(securityHeaders(CONTENT_SECURITY_POLICY)[name]);
  });

  it('serves the file bytes', async () => {
    expect(await (await get('app://neurona/assets/app.js')).text()).toBe('console.log(1)');
    expect(new Uint8Array(await (await get('app://neurona/assets/tfjs-backend-wasm.wasm')).arrayBuffer())).toEqual(new Uint8Array([0, 97, 115, 109]));
  });

  it('falls back to index.html for client-side routes, not for missing files', async () => {
    for (const url of ['app://neurona/', 'app://neurona/projects', 'app://neurona/projects/42/train']) {
      const res = await get(url);
      expect(res.status, url).toBe(200);
      expect(await res.text()).toContain('<title>Neurona</title>');
    }
    expect((await get('app://neurona/assets/missing.js')).status).toBe(404);
    expect((await get('app://neurona/favicon.ico')).status).toBe(404);
  });

  it('refuses a symlink that points outside the root', async () => {
    const res = await get('app://neurona/assets/escape.txt');
    expect(res.status).toBe(403);
    expect(await res.text()).not.toContain('top secret');
  });

  it('refuses encoded traversal that survives URL parsing', async () => {
    for (const url of ['app://neurona/..%2fsecret.txt', 'app://neurona/assets/..%5c..%5csecret.txt', 'app://neurona/%2e%2e%2fsecret.txt']) {
      const res = await get(url);
      expect(res.status, url).toBe(403);
    }
  });

  it('never serves what plain ".." segments point at (the URL parser already folds them)', async () => {
    for (const url of ['app://neurona/../secret.txt', 'app://neurona/%2e%2e/secret.txt', 'app://neurona/assets/../../secret.txt']) {
      const res = await get(url);
      expect(await res.text(), url).not.toContain('top secret');
    }
  });

  it('answers 404 for another host and 405 for writes', async () => {
    expect((await get('app://elsewhere/index.html')).status).toBe(404);
    expect((await get('app://neurona/index.html', 'POST')).status).toBe(405);
  });

  it('answers HEAD without a body', async () => {
    const res = await get('app://neurona/index.html', 'HEAD');
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('');
  });
});
