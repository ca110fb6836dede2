import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FullConfig } from '@playwright/test';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const URL_LINE = /Neurona Studio running at (http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)/;
const START_TIMEOUT_MS = 60_000;

/** Waits for the server's "running at" line; rejects with what it printed if it exits first. */
function waitForUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`The studio server did not print its URL within ${START_TIMEOUT_MS / 1000} s:\n${output}`)), START_TIMEOUT_MS);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = URL_LINE.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The studio server exited with code ${code} before it was ready:\n${output}`));
    });
  });
}

/**
 * Starts `neurona serve` from the built project on a free port with a fresh data folder, and
 * hands its URL (with the token) to the specs as NEURONA_URL. Returns the teardown.
 */
export default async function globalSetup(_config: FullConfig): Promise<() => Promise<void>> {
  mkdirSync(join(ROOT, 'e2e', '.artifacts'), { recursive: true });
  if (!existsSync(join(ROOT, 'out', 'main', 'cli.js')) || !existsSync(join(ROOT, 'out', 'renderer', 'index.html'))) {
    throw new Error('The studio is not built: run `npm run build` before the end-to-end tests');
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'neurona-e2e-'));
  const child = spawn(process.execPath, [join(ROOT, 'bin', 'neurona.js'), 'serve', '--port', '0', '--data-dir', dataDir], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await waitForUrl(child).catch((err: unknown) => {
    child.kill();
    rmSync(dataDir, { recursive: true, force: true });
    throw err;
  });
  process.env['NEURONA_URL'] = url;
  process.env['NEURONA_DATA_DIR'] = dataDir;

  return async () => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
    }
    rmSync(dataDir, { recursive: true, force: true });
  };
}
