// Raw malformed HTTP and WebSocket traffic against a live `neurona serve` (the built CLI in its
// own process, as users run it). A request that kills the process shows here as a server that
// stops answering; every group of requests is followed by a real API call.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILT_CLI, requireBuild } from '../testing/built-app';

const TOKEN = 'live-fuzz-token-0123456789';
let tmp: string;
let child: ChildProcess;
let port = 0;
let stderr = '';
let projectPath = '';

beforeAll(async () => {
  requireBuild();
  tmp = mkdtempSync(join(tmpdir(), 'neurona-live-fuzz-'));
  const tokenFile = join(tmp, 'token');
  writeFileSync(tokenFile, `${TOKEN}\n`, { mode: 0o600 });
  child = spawn(process.execPath, [BUILT_CLI, 'serve', '--port', '0', '--data-dir', join(tmp, 'data'), '--token-file', tokenFile], { stdio: ['ignore', 'pipe', 'pipe'] });
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  port = await new Promise<number>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /running at http:\/\/127\.0\.0\.1:(\d+)\//.exec(out);
      if (m) resolve(Number(m[1]));
    });
    child.once('exit', (code) => reject(new Error(`serve exited with ${code}: ${stderr}`)));
  });
  const created = await fetch(`http://127.0.0.1:${port}/api/projects.create`, { method: 'POST', headers: { Authorization: `Bearer ${TOKEN}` }, body: JSON.stringify({ name: 'Deep', parentDir: tmp }) });
  projectPath = ((await created.json()) as { value: { path: string } }).value.path;
}, 60_000);

afterAll(async () => {
  if (child && child.exitCode === null) {
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await exited;
  }
  rmSync(tmp, { recursive: true, force: true });
});

/** Sends raw bytes (all at once, or in pieces) and collects what comes back until the socket closes or goes quiet. */
function raw(pieces: (string | Buffer)[], quietMs = 1500): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    let out = '';
    const done = () => resolve(out);
    socket.on('connect', () => {
      for (const p of pieces) socket.write(p);
    });
    socket.on('data', (d) => (out += d.toString('latin1')));
    socket.on('close', done);
    socket.on('error', () => {});
    socket.setTimeout(quietMs, () => socket.destroy());
  });
}

async function stillServing(): Promise<void> {
  expect(child.exitCode, `serve exited; stderr: ${stderr}`).toBeNull();
  const res = await fetch(`http://127.0.0.1:${port}/api/app.info`, { method: 'POST', headers: { Authorization: `Bearer ${TOKEN}` }, body: '{}' });
  expect(res.status).toBe(200);
  expect(await res.json()).toMatchObject({ ok: true, value: { mode: 'browser' } });
}

const host = () => `Host: 127.0.0.1:${port}\r\n`;
const auth = `Authorization: Bearer ${TOKEN}\r\n`;
const upgrade = 'Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n';

describe('raw malformed HTTP against a live serve', () => {
  const requests: [string, () => (string | Buffer)[], RegExp | null][] = [
    ['an upgrade whose target is not a URL (GET http://[)', () => [`GET http://[ HTTP/1.1\r\n${host()}${upgrade}\r\n`], /^HTTP\/1\.1 400/],
    ['a request whose target is not a URL', () => [`GET http://[ HTTP/1.1\r\n${host()}\r\n`], /^HTTP\/1\.1 400/],
    ['binary garbage', () => [randomBytes(4096)], /^(HTTP\/1\.1 400|)/],
    ['an unknown method', () => [`FROB / HTTP/1.1\r\n${host()}\r\n`], /^HTTP\/1\.1 (400|405)/],
    ['no Host header', () => ['GET / HTTP/1.0\r\n\r\n'], /^HTTP\/1\.[01] (400|403)/],
    ['a rebinding Host header', () => [`POST /api/app.info HTTP/1.1\r\nHost: evil.example\r\n${auth}Content-Length: 2\r\n\r\n{}`], /^HTTP\/1\.1 403/],
    ['headers over the size limit', () => [`GET / HTTP/1.1\r\n${host()}X-Big: ${'a'.repeat(64 * 1024)}\r\n\r\n`], /^HTTP\/1\.1 431/],
    ['a Content-Length that is not a number', () => [`POST /api/app.info HTTP/1.1\r\n${host()}${auth}Content-Length: abc\r\n\r\n{}`], /^HTTP\/1\.1 400/],
    ['two different Content-Lengths', () => [`POST /api/app.info HTTP/1.1\r\n${host()}${auth}Content-Length: 2\r\nContent-Length: 5\r\n\r\n{}`], /^HTTP\/1\.1 400/],
    ['Content-Length and chunked together (smuggling)', () => [`POST /api/app.info HTTP/1.1\r\n${host()}${auth}Content-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\nGET /x HTTP/1.1\r\n\r\n`], /^HTTP\/1\.1 400/],
    ['a broken chunk size', () => [`POST /api/app.info HTTP/1.1\r\n${host()}${auth}Transfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n`], /^HTTP\/1\.1 400/],
    ['bad percent-encoding in an API path, with the token', () => [`POST /api/%E0%A4%A HTTP/1.1\r\n${host()}${auth}Content-Length: 2\r\nConnection: close\r\n\r\n{}`], /^HTTP\/1\.1 400[^]*INVALID_INPUT/],
    ['bad percent-encoding in an API path, without the token', () => [`POST /api/%E0%A4%A HTTP/1.1\r\n${host()}Content-Length: 2\r\nConnection: close\r\n\r\n{}`], /^HTTP\/1\.1 401/],
    ['a NUL in the API path', () => [`POST /api/%00 HTTP/1.1\r\n${host()}${auth}Content-Length: 2\r\nConnection: close\r\n\r\n{}`], /^HTTP\/1\.1 200[^]*UNKNOWN_METHOD/],
    ['a body that is not JSON', () => [`POST /api/app.info HTTP/1.1\r\n${host()}${auth}Content-Length: 5\r\nConnection: close\r\n\r\n{nope`], /^HTTP\/1\.1 400[^]*INVALID_INPUT/],
    ['a body that stops half-way', () => [`POST /api/app.info HTTP/1.1\r\n${host()}${auth}Content-Length: 1000\r\n\r\n{"a":`], null],
    ['headers that never end', () => [`GET / HTTP/1.1\r\n${host()}X-A: 1\r\n`], null],
    ['Expect: 100-continue with no body', () => [`POST /api/app.info HTTP/1.1\r\n${host()}${auth}Expect: 100-continue\r\nContent-Length: 10\r\n\r\n`], null],
    ['a 100,000-deep JSON body', () => [`POST /api/models.save HTTP/1.1\r\n${host()}${auth}Content-Length: ${deepJson().length}\r\nConnection: close\r\n\r\n`, deepJson()], /^HTTP\/1\.1 (200|400)[^]*"ok":false(?![^]*INTERNAL)/],
    ['a static path that climbs out', () => [`GET /..%2f..%2fetc%2fpasswd HTTP/1.1\r\n${host()}Connection: close\r\n\r\n`], /^HTTP\/1\.1 403/],
  ];

  for (const [name, bytes, expected] of requests) {
    it(`${name}: refused, and serve keeps answering`, async () => {
      const reply = await raw(bytes());
      if (expected) expect(reply).toMatch(expected);
      expect(reply).not.toMatch(/\n\s+at .*\.js/);
      await stillServing();
    });
  }

  it('a body over the limit with a valid token gets the 413 JSON error', async () => {
    const res = await fetch(`http://127.0.0.1:${port}/api/app.info`, { method: 'POST', headers: { Authorization: `Bearer ${TOKEN}` }, body: Buffer.alloc(17 * 1024 * 1024, 32) });
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({ ok: false, error: { code: 'PAYLOAD_TOO_LARGE' } });
    await stillServing();
  });
});

/** A model whose layer parameters nest 100,000 arrays deep, saved into a real project. */
function deepJson(): string {
  const depth = 100_000;
  return `{"projectPath":${JSON.stringify(projectPath)},"name":"m","graph":{"version":1,"nodes":[{"id":"a","kind":"dense","name":"a","position":{"x":0,"y":0},"params":{"deep":${'['.repeat(depth)}${']'.repeat(depth)}}}],"edges":[]}}`;
}

/** A WebSocket client frame (masked, as clients must send), or unmasked when asked to break the rule. */
function frame(opcode: number, payload: Buffer, options: { fin?: boolean; masked?: boolean; claimedLength?: bigint } = {}): Buffer {
  const { fin = true, masked = true } = options;
  const head: number[] = [(fin ? 0x80 : 0) | opcode];
  const length = options.claimedLength ?? BigInt(payload.length);
  const maskBit = masked ? 0x80 : 0;
  let ext = Buffer.alloc(0);
  if (length < 126n) head.push(maskBit | Number(length));
  else if (length < 65536n) {
    head.push(maskBit | 126);
    ext = Buffer.alloc(2);
    ext.writeUInt16BE(Number(length));
  } else {
    head.push(maskBit | 127);
    ext = Buffer.alloc(8);
    ext.writeBigUInt64BE(length);
  }
  if (!masked) return Buffer.concat([Buffer.from(head), ext, payload]);
  const mask = randomBytes(4);
  const body = Buffer.from(payload.map((b, i) => b ^ mask[i % 4]!));
  return Buffer.concat([Buffer.from(head), ext, mask, body]);
}

/** Opens /events with the token, then sends frames; resolves with what the server did. */
function webSocketSession(frames: Buffer[]): Promise<{ upgraded: boolean; closed: boolean }> {
  return new Promise((resolve) => {
    const socket: Socket = connect(port, '127.0.0.1');
    let received = '';
    let upgraded = false;
    socket.on('connect', () => socket.write(`GET /events?token=${TOKEN} HTTP/1.1\r\n${host()}${upgrade}\r\n`));
    socket.on('data', (d) => {
      received += d.toString('latin1');
      if (!upgraded && received.startsWith('HTTP/1.1 101')) {
        upgraded = true;
        for (const f of frames) socket.write(f);
      }
    });
    socket.on('error', () => {});
    socket.on('close', () => resolve({ upgraded, closed: true }));
    socket.setTimeout(2000, () => {
      socket.destroy();
      resolve({ upgraded, closed: false });
    });
  });
}

describe('raw malformed WebSocket traffic against a live serve', () => {
  const sessions: [string, () => Buffer[]][] = [
    ['a reserved opcode', () => [frame(0x3, Buffer.from('x'))]],
    ['an unmasked client frame', () => [frame(0x1, Buffer.from('hello'), { masked: false })]],
    ['a frame claiming 2^63 bytes', () => [frame(0x2, Buffer.alloc(8), { claimedLength: 2n ** 63n - 1n })]],
    ['a message over the frame limit', () => [frame(0x2, randomBytes(64 * 1024))]],
    ['a fragmented control frame', () => [frame(0x9, Buffer.from('ping'), { fin: false })]],
    ['a close frame with an invalid code', () => [frame(0x8, Buffer.from([0x03, 0xe7]))]],
    ['text that is not UTF-8', () => [frame(0x1, Buffer.from([0xff, 0xfe, 0xfd]))]],
    ['random bytes after the handshake', () => [randomBytes(2048)]],
    ['JSON messages the server does not expect', () => [frame(0x1, Buffer.from('{"name":"runs.start","payload":{}}'))]],
  ];
  for (const [name, frames] of sessions) {
    it(`${name}: the connection is dropped or ignored, serve keeps answering`, async () => {
      const session = await webSocketSession(frames());
      expect(session.upgraded).toBe(true);
      await stillServing();
    });
  }

  it('upgrades with a broken handshake are refused', async () => {
    const badKey = await raw([`GET /events?token=${TOKEN} HTTP/1.1\r\n${host()}Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: short\r\n\r\n`]);
    expect(badKey).toMatch(/^HTTP\/1\.1 400/);
    const oldVersion = await raw([`GET /events?token=${TOKEN} HTTP/1.1\r\n${host()}Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 7\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n`]);
    expect(oldVersion).toMatch(/^HTTP\/1\.1 (400|426)/);
    const noToken = await raw([`GET /events HTTP/1.1\r\n${host()}${upgrade}\r\n`]);
    expect(noToken).toMatch(/^HTTP\/1\.1 403/);
    const elsewhere = await raw([`GET /api/app.info?token=${TOKEN} HTTP/1.1\r\n${host()}${upgrade}\r\n`]);
    expect(elsewhere).toMatch(/^HTTP\/1\.1 403/);
    await stillServing();
  });

  it('fifty connections opened and dropped at once', async () => {
    await Promise.all(Array.from({ length: 50 }, () => webSocketSession([randomBytes(16)])));
    await stillServing();
  });
});
