import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

// Integration tests drive the real built entries (npm test builds first).
const ROOT = resolve(__dirname, '../..');
export const BUILT_WORKER = resolve(ROOT, 'out/main/worker.js');
export const BUILT_CLI = resolve(ROOT, 'bin/neurona.js');
export const REPO_ROOT = ROOT;

export function requireBuild(): void {
  if (!existsSync(BUILT_WORKER) || !existsSync(resolve(ROOT, 'out/main/cli.js'))) {
    throw new Error('These tests use the built worker and CLI: run `npm run build` first (npm test does)');
  }
}
