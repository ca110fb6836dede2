import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { BlobStore } from './blob-store';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'neurona-blobs-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('BlobStore', () => {
  it('copies a file in under its sha256 and stores identical content once', () => {
    const store = new BlobStore(join(dir, 'blobs'));
    const src = join(dir, 'a.txt');
    writeFileSync(src, 'hello');
    const a = store.putFile(src);
    const b = store.putBuffer(Buffer.from('hello'));
    expect(a.sha256).toBe(createHash('sha256').update('hello').digest('hex'));
    expect(b).toEqual(a);
    expect(readFileSync(store.pathFor(a.sha256), 'utf8')).toBe('hello');
    expect(readdirSync(join(dir, 'blobs', 'tmp'))).toEqual([]);
    expect(readdirSync(join(dir, 'blobs', a.sha256.slice(0, 2)))).toEqual([a.sha256]);
  });

  it('refuses a path that is not a sha256 (no traversal through blob names)', () => {
    const store = new BlobStore(join(dir, 'blobs'));
    expect(() => store.pathFor('../../etc/passwd')).toThrow(/Not a sha256/);
  });
});
