// `neurona project export|import` as a user runs them: the built CLI in a child process.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { BUILT_CLI, REPO_ROOT, requireBuild } from '../testing/built-app';
import { rawZip } from '../project-archive/test-zips';

let tmp: string;
const IRIS = join(REPO_ROOT, 'resources/samples/iris.csv');

function neurona(args: string[], dataDir = join(tmp, 'data')) {
  const r = spawnSync(process.execPath, [BUILT_CLI, ...args], { encoding: 'utf8', env: { ...process.env, NEURONA_DATA_DIR: dataDir }, timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  requireBuild();
  tmp = mkdtempSync(join(tmpdir(), 'neurona-cli-project-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('neurona project', () => {
  it('exports a trained project and imports it into another folder with its run', () => {
    const project = join(tmp, 'Iris.neurona');
    expect(neurona(['train', IRIS, '--target', 'species', '--epochs', '2', '--project', project]).code).toBe(0);
    const file = join(tmp, 'Iris.neurona.zip');
    const exported = neurona(['project', 'export', project, file]);
    expect(exported.stderr).not.toMatch(/neurona: /);
    expect(exported.code).toBe(0);
    expect(exported.stdout).toMatch(new RegExp(`^exported .*Iris\\.neurona to .*Iris\\.neurona\\.zip \\(\\d+ files, [\\d.]+ MB\\)\\n$`));

    const into = join(tmp, 'elsewhere');
    mkdirSync(into);
    const imported = neurona(['project', 'import', file, '--into', into], join(tmp, 'other-data'));
    expect(imported.code).toBe(0);
    expect(imported.stdout).toBe(`imported "Iris" into ${join(into, 'Iris.neurona')}\n`);
    const db = new Database(join(into, 'Iris.neurona', 'project.db'), { readonly: true });
    try {
      expect(db.prepare('SELECT status, epochs_completed FROM runs').all()).toEqual([{ status: 'completed', epochs_completed: 2 }]);
      expect((db.prepare("SELECT COUNT(*) AS n FROM metrics WHERE name = 'loss'").get() as { n: number }).n).toBe(2);
    } finally {
      db.close();
    }

    const again = neurona(['project', 'export', project, file]);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/^neurona: .*Iris\.neurona\.zip already exists \[ARCHIVE_EXISTS\]$/m);
    expect(neurona(['project', 'export', project, file, '--force']).code).toBe(0);
  });

  it('refuses a traversal archive with one line and exit 1, writing nothing', () => {
    const file = join(tmp, 'evil.neurona.zip');
    writeFileSync(file, rawZip([{ name: '../evil.txt', data: Buffer.from('x') }]));
    const into = join(tmp, 'target');
    mkdirSync(into);
    const r = neurona(['project', 'import', file, '--into', into]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n').filter((l) => l.startsWith('neurona: '))).toEqual([expect.stringMatching(/"\.\.\/evil\.txt".*\[ARCHIVE_UNSAFE_PATH\]$/)]);
    expect(readdirSync(into)).toEqual([]);
    expect(existsSync(join(tmp, 'evil.txt'))).toBe(false);
  });

  it.each([
    [['project'], /unknown project command ""/],
    [['project', 'export', 'only-one'], /project export needs DIR and FILE/],
    [['project', 'import'], /project import needs one FILE/],
    [['project', 'import', 'a', '--wat'], /Unknown option '--wat'/],
  ])('neurona %j → exit 2 with one line', (args, message) => {
    const r = neurona(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });
});
