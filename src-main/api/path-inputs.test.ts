// Path fields are checked by the contract before any handler touches the disk: a NUL byte used
// to reach fs and come back as INTERNAL with Node's message, which holds the absolute path.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStudio, type Studio } from './studio';
import type { WorkerLauncher } from '../training/worker/launcher';

const noWorkers: WorkerLauncher = {
  launch: () => {
    throw new Error('no workers in this test');
  },
};
let dir: string;
let studio: Studio;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'neurona-paths-'));
  studio = await createStudio({ mode: 'browser', dataDir: join(dir, 'data'), defaultProjectsDir: dir, launcher: noWorkers, appVersion: 'test' });
});
afterAll(async () => {
  await studio.close();
  rmSync(dir, { recursive: true, force: true });
});

const cases: { method: string; input: (d: string) => Record<string, unknown>; field: string; reason: string }[] = [
  { method: 'projects.open', input: (d) => ({ path: `${d}/secret\u0000/p.neurona` }), field: 'path', reason: 'path_nul' },
  { method: 'projects.create', input: (d) => ({ name: 'x', parentDir: `${d}/a\u0000b` }), field: 'parentDir', reason: 'path_nul' },
  { method: 'projects.create', input: () => ({ name: 'x', parentDir: '../../escape' }), field: 'parentDir', reason: 'path_relative' },
  { method: 'projects.create', input: (d) => ({ name: 'x', parentDir: `${d}/../../escape` }), field: 'parentDir', reason: 'path_parent' },
  { method: 'datasets.importCsv', input: (d) => ({ projectPath: d, filePath: `${d}\\..\\x.csv`, target: 'y' }), field: 'filePath', reason: 'path_parent' },
  { method: 'datasets.importFolder', input: (d) => ({ projectPath: `${d}/p\u0000`, folderPath: d }), field: 'projectPath', reason: 'path_nul' },
  { method: 'exports.create', input: (d) => ({ projectPath: d, runId: 1, dir: 'exports/here' }), field: 'dir', reason: 'path_relative' },
];

describe('path inputs', () => {
  for (const c of cases) {
    it(`${c.method} refuses ${c.reason} in ${c.field} as INVALID_INPUT without echoing the path`, async () => {
      const result = await studio.router.call(c.method, c.input(dir));
      expect(result).toEqual({ ok: false, error: { code: 'INVALID_INPUT', message: expect.any(String), details: { method: c.method, field: c.field, reason: c.reason } } });
      if (!result.ok) expect(result.error.message).not.toContain(dir);
    });
  }

  it('creates nothing for the refused calls', () => {
    expect(readdirSync(dir).sort()).toEqual(['data']);
  });

  it('Windows and UNC absolute paths are accepted by the contract', async () => {
    for (const path of ['C:\\Users\\ana\\p.neurona', 'D:/p.neurona', '\\\\server\\share\\p.neurona']) {
      const result = await studio.router.call('projects.open', { path });
      expect(result.ok ? 'ok' : result.error.code).not.toBe('INVALID_INPUT');
    }
  });
});
