import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadOrCreateToken } from './token-file';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'neurona-token-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const posix = process.platform !== 'win32';

describe('--token-file', () => {
  it('creates the file (and its folder) with a new token, owner-only, then reads the same token back', () => {
    const file = join(dir, 'nested', 'token');
    const first = loadOrCreateToken(file);
    expect(first.created).toBe(true);
    expect(first.token).toMatch(/^[0-9a-f]{48}$/);
    expect(readFileSync(file, 'utf8')).toBe(`${first.token}\n`);
    if (posix) expect(statSync(file).mode & 0o777).toBe(0o600);
    const second = loadOrCreateToken(file);
    expect(second).toEqual({ token: first.token, created: false, warning: undefined });
  });

  it('keeps a token the user wrote, trimmed', () => {
    const file = join(dir, 'token');
    writeFileSync(file, '  my-own-token_0123456789  \n', { mode: 0o600 });
    expect(loadOrCreateToken(file).token).toBe('my-own-token_0123456789');
  });

  it.skipIf(!posix)('warns when other users can read the file', () => {
    const file = join(dir, 'token');
    writeFileSync(file, 'abcdefabcdefabcdefabcdef\n');
    chmodSync(file, 0o644);
    expect(loadOrCreateToken(file).warning).toMatch(/can be read by other users \(mode 644\)/);
  });

  it.each([
    ['empty', ''],
    ['too short', 'abc'],
    ['spaces inside', 'abcdefgh ijklmnopqrst'],
    ['not text', '\u0000\u0001\u0002abcdefghijklmnopq'],
  ])('refuses a file that holds no token (%s), naming the file', (_name, content) => {
    const file = join(dir, 'token');
    writeFileSync(file, content, { mode: 0o600 });
    expect(() => loadOrCreateToken(file)).toThrow(expect.objectContaining({ code: 'INVALID_INPUT', message: expect.stringContaining(file) }));
  });
});
