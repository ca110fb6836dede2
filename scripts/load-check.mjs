// Loads better-sqlite3 under a runtime (Node, or Electron acting as Node) in a child process and
// opens an in-memory database: the only reliable test that its native build matches that runtime.

import { spawnSync } from 'node:child_process';

const CHECK_SCRIPT = [
  'try {',
  "  const Database = require('better-sqlite3');",
  "  const db = new Database(':memory:');",
  "  db.prepare('select 1').get();",
  '  db.close();',
  '} catch (err) {',
  '  process.stdout.write(String((err && err.message) || err));',
  '  process.exit(1);',
  '}',
].join('\n');

/**
 * @param {{ executable: string; cwd: string; env?: NodeJS.ProcessEnv; asElectron?: boolean }} options
 *   executable: node, or the Electron binary (run with ELECTRON_RUN_AS_NODE=1);
 *   cwd: the folder whose node_modules holds better-sqlite3.
 * @returns {{ ok: true } | { ok: false; message: string }}
 */
export function checkBetterSqlite3({ executable, cwd, env = process.env, asElectron = false }) {
  const childEnv = { ...env };
  if (asElectron) childEnv.ELECTRON_RUN_AS_NODE = '1';
  else delete childEnv.ELECTRON_RUN_AS_NODE;
  const result = spawnSync(executable, ['-e', CHECK_SCRIPT], { cwd, env: childEnv, encoding: 'utf8', timeout: 60_000 });
  if (result.error) return { ok: false, message: `could not run ${executable}: ${result.error.message}` };
  if (result.status === 0) return { ok: true };
  const message = (result.stdout || result.stderr || `exited with ${result.status ?? result.signal}`).trim();
  return { ok: false, message };
}
