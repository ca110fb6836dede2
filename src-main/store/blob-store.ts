import { createHash, randomBytes } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { fsyncDir } from './atomic-file';

export interface StoredBlob {
  sha256: string;
  size: number;
}

/**
 * Content-addressed files of a project: blobs/<first two hex>/<sha256>. Imported files are copied
 * in (never referenced where they were), so a project folder can be zipped and moved.
 */
export class BlobStore {
  constructor(readonly root: string) {}

  pathFor(sha256: string): string {
    if (!/^[0-9a-f]{64}$/.test(sha256)) throw new Error(`Not a sha256: ${sha256}`);
    return join(this.root, sha256.slice(0, 2), sha256);
  }

  has(sha256: string): boolean {
    return existsSync(this.pathFor(sha256));
  }

  /** Copies a file in, hashing as it goes; an identical file already stored is not written twice. */
  putFile(source: string): StoredBlob {
    const tmpDir = join(this.root, 'tmp');
    mkdirSync(tmpDir, { recursive: true });
    const tmp = join(tmpDir, randomBytes(8).toString('hex'));
    const hash = createHash('sha256');
    const buf = Buffer.allocUnsafe(1 << 20);
    const input = openSync(source, 'r');
    const output = openSync(tmp, 'w');
    let size = 0;
    try {
      for (;;) {
        const n = readSync(input, buf, 0, buf.length, null);
        if (n === 0) break;
        hash.update(buf.subarray(0, n));
        writeSync(output, buf, 0, n);
        size += n;
      }
      fsyncSync(output);
    } catch (err) {
      closeSync(input);
      closeSync(output);
      rmSync(tmp, { force: true });
      throw err;
    }
    closeSync(input);
    closeSync(output);
    return this.commit(tmp, hash.digest('hex'), size);
  }

  putBuffer(data: Uint8Array): StoredBlob {
    const sha256 = createHash('sha256').update(data).digest('hex');
    if (this.has(sha256)) return { sha256, size: data.byteLength };
    const tmpDir = join(this.root, 'tmp');
    mkdirSync(tmpDir, { recursive: true });
    const tmp = join(tmpDir, randomBytes(8).toString('hex'));
    const fd = openSync(tmp, 'w');
    try {
      writeSync(fd, data);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    return this.commit(tmp, sha256, data.byteLength);
  }

  private commit(tmp: string, sha256: string, size: number): StoredBlob {
    const final = this.pathFor(sha256);
    if (existsSync(final) && statSync(final).size === size) {
      rmSync(tmp, { force: true });
      return { sha256, size };
    }
    mkdirSync(join(this.root, sha256.slice(0, 2)), { recursive: true });
    renameSync(tmp, final);
    fsyncDir(join(this.root, sha256.slice(0, 2)));
    return { sha256, size };
  }

  checkpointsDir(runId: number): string {
    return join(this.root, 'checkpoints', `run-${runId}`);
  }

  cacheDir(): string {
    return join(this.root, 'cache');
  }
}
