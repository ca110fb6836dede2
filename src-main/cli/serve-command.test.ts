// `neurona serve` as a user runs it (the built CLI in a child process): the token file, the
// security headers and the page an old link gets.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUILT_CLI, requireBuild } from '../testing/built-app';
import { SECURITY_HEADER_NAMES } from '../static-files/security-headers';

let tmp: string;
beforeAll(() => {
  requireBuild();
  tmp = mkdtempSync(join(tmpdir(), 'neurona-serve-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function serve(args: string[]): Promise<{ child: ChildProcess; url: URL; stop(): Promise<number | null> }> {
  const child = spawn(process.execPath, [BUILT_CLI, 'serve', '--port', '0', '--data-dir', join(tmp, 'data'), ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  const url = await new Promise<URL>((resolve, reject) => {
    let out = '';
    let err = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /Neurona Studio running at (\S+)/.exec(out);
      if (m) resolve(new URL(m[1]!));
    });
    child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
    child.on('exit', (code) => reject(new Error(`serve exited early with ${code}: ${err}`)));
  });
  return {
    child,
    url,
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', resolve);
        child.kill('SIGTERM');
      }),
  };
}

describe('neurona serve --token-file', () => {
  it('creates the token file 0600 and reuses its token after a restart', async () => {
    const file = join(tmp, 'keys', 'studio.token');
    const first = await serve(['--token-file', file]);
    const token = first.url.searchParams.get('token');
    expect(readFileSync(file, 'utf8').trim()).toBe(token);
    if (process.platform !== 'win32') expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(await first.stop()).toBe(0);

    const second = await serve(['--token-file', file]);
    expect(second.url.searchParams.get('token')).toBe(token);
    const info = await fetch(new URL('/api/app.info', second.url), { method: 'POST', headers: { Authorization: `Bearer ${token}` }, body: '{}' });
    expect(info.status).toBe(200);
    expect(await second.stop()).toBe(0);
  });

  it('a token file that holds no token stops serve with one line naming it', async () => {
    const file = join(tmp, 'bad.token');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(file, 'x');
    const child = spawn(process.execPath, [BUILT_CLI, 'serve', '--port', '0', '--data-dir', join(tmp, 'data'), '--token-file', file], { stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    const code = await new Promise((resolve) => child.on('exit', resolve));
    expect(code).toBe(1);
    expect(err).toMatch(new RegExp(`^neurona: The token file ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} does not hold a token`, 'm'));
  });
});

describe('neurona serve pages', () => {
  let server: Awaited<ReturnType<typeof serve>>;
  beforeAll(async () => {
    server = await serve([]);
  });
  afterAll(async () => {
    await server.stop();
  });

  it('sends the same security headers as app://, COOP included', async () => {
    const page = await fetch(server.url);
    expect(page.status).toBe(200);
    for (const name of SECURITY_HEADER_NAMES) expect(page.headers.get(name), name).toBeTruthy();
    expect(page.headers.get('cross-origin-opener-policy')).toBe('same-origin');
    expect(page.headers.get('content-security-policy')).toContain(`connect-src 'self' ws://127.0.0.1:${server.url.port}`);
  });

  it('an old link (stale token) gets a page saying the studio restarted and how to get the new link', async () => {
    const stale = new URL(server.url);
    stale.searchParams.set('token', 'f'.repeat(48));
    const en = await fetch(stale);
    expect(en.status).toBe(401);
    expect(en.headers.get('content-type')).toMatch(/text\/html/);
    expect(en.headers.get('cross-origin-opener-policy')).toBe('same-origin');
    const html = await en.text();
    expect(html).toContain('The studio was restarted');
    expect(html).toContain('--token-file');
    const es = await fetch(stale, { headers: { 'Accept-Language': 'es-ES,es;q=0.9' } });
    expect(await es.text()).toContain('El estudio se ha reiniciado');
  });
});
