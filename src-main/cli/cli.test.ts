import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { BUILT_CLI, REPO_ROOT, requireBuild } from '../testing/built-app';

// The `neurona` command as a user runs it: the built CLI in a child process.

let tmp: string;
const IRIS = join(REPO_ROOT, 'resources/samples/iris.csv');

function neurona(args: string[]) {
  const r = spawnSync(process.execPath, [BUILT_CLI, ...args], {
    encoding: 'utf8',
    env: { ...process.env, NEURONA_DATA_DIR: join(tmp, 'data') },
    timeout: 120_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(async () => {
  requireBuild();
  tmp = mkdtempSync(join(tmpdir(), 'neurona-cli-test-'));
  for (const [cls, value] of [['dark', 30], ['light', 220]] as const) {
    mkdirSync(join(tmp, 'images', cls), { recursive: true });
    for (let i = 0; i < 6; i++) {
      const px = Buffer.alloc(12 * 12, value + i);
      await sharp(px, { raw: { width: 12, height: 12, channels: 1 } }).toColourspace('b-w').png().toFile(join(tmp, 'images', cls, `${i}.png`));
    }
  }
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('neurona train', () => {
  it('trains a CSV, prints one line per epoch to stderr and one JSON object to stdout, exports, and reuses --project', () => {
    const project = join(tmp, 'iris.neurona');
    const exportDir = join(tmp, 'iris-export');
    const r = neurona(['train', IRIS, '--target', 'species', '--epochs', '5', '--batch-size', '16', '--learning-rate', '0.02', '--optimizer', 'adam', '--backend', 'auto', '--project', project, '--export', exportDir, '--json']);
    expect(r.stderr).not.toMatch(/neurona: /);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const out = JSON.parse(lines[0]);
    expect(out).toMatchObject({ runId: 1, project, backend: 'wasm', epochs: 5, task: 'classification', exportDir });
    expect(Object.keys(out.final).sort()).toEqual(['accuracy', 'loss', 'val_accuracy', 'val_loss']);
    for (let e = 1; e <= 5; e++) expect(r.stderr).toMatch(new RegExp(`^epoch ${e}/5 loss=\\d+\\.\\d+ accuracy=.* val_loss=\\d+\\.\\d+`, 'm'));
    expect(readdirSync(exportDir).sort()).toEqual(['metadata.json', 'model.json', 'weights.bin']);
    expect(existsSync(join(project, 'project.db'))).toBe(true);

    const again = neurona(['train', IRIS, '--target', 'species', '--epochs', '1', '--project', project, '--json']);
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ runId: 2, project, epochs: 1 });
  });

  it('trains an image folder whose sub-folders are the classes', () => {
    const r = neurona(['train', join(tmp, 'images'), '--epochs', '2', '--batch-size', '4', '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ task: 'classification', epochs: 2, backend: 'wasm' });
    expect(out.project).toMatch(/cli\.neurona$/);
    expect(out.final).toHaveProperty('val_accuracy');
  });

  it('without --json prints a one-line summary', () => {
    const r = neurona(['train', IRIS, '--target', 'species', '--epochs', '1']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^run 1 completed 1 epochs on wasm; project .*cli\.neurona\n$/);
  });

  const bad: { args: string[]; code: number; message: RegExp }[] = [
    { args: ['train'], code: 2, message: /DATA is required/ },
    { args: ['train', 'no-such.csv'], code: 2, message: /no such file or folder: no-such\.csv/ },
    { args: ['train', IRIS], code: 2, message: /--target COLUMN is required/ },
    { args: ['train', IRIS, '--target', 'colour'], code: 1, message: /no column "colour".*sepal_length/ },
    { args: ['train', IRIS, '--target', 'species', '--epochs', 'many'], code: 2, message: /--epochs must be a whole number \(got "many"\)/ },
    { args: ['train', IRIS, '--target', 'species', '--epochs', '0'], code: 2, message: /--epochs must be at least 1/ },
    { args: ['train', IRIS, '--target', 'species', '--learning-rate', '0'], code: 2, message: /--learning-rate must be more than 0/ },
    { args: ['train', IRIS, '--target', 'species', '--optimizer', 'lbfgs'], code: 2, message: /--optimizer must be one of sgd, momentum, adam/ },
    { args: ['train', IRIS, '--target', 'species', '--backend', 'webgpu'], code: 2, message: /--backend must be one of auto, tfjs-node-gpu/ },
    { args: ['train', IRIS, '--target', 'species', '--template', 'cnn-small'], code: 2, message: /--template cnn-small is for images data/ },
    { args: ['train', IRIS, '--target', 'species', '--wat'], code: 2, message: /Unknown option '--wat'/ },
    { args: ['train', IRIS, '--target', 'species', '--backend', 'tfjs-node'], code: 1, message: /tfjs-node.*not installed/ },
    { args: ['frobnicate'], code: 2, message: /unknown command "frobnicate"/ },
  ];
  for (const c of bad) {
    it(`neurona ${c.args.map((a) => (a === IRIS ? 'iris.csv' : a)).join(' ')} → exit ${c.code} with one line`, () => {
      const r = neurona(c.args);
      expect(r.code).toBe(c.code);
      const errorLines = r.stderr.split('\n').filter((l) => l.startsWith('neurona: '));
      expect(errorLines).toHaveLength(1);
      expect(errorLines[0]).toMatch(c.message);
      expect(r.stdout).toBe('');
    });
  }

  it('a broken CSV names the file and line', () => {
    const file = join(tmp, 'broken.csv');
    writeFileSync(file, 'a,b,label\n1,2,x\n3,4\n');
    const r = neurona(['train', file, '--target', 'label']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/neurona: broken\.csv, line 3: expected 3 fields/);
  });
});

describe('neurona serve', () => {
  it('prints the URL with its token, serves the studio and stops on SIGTERM', async () => {
    const child = spawn(process.execPath, [BUILT_CLI, 'serve', '--port', '0', '--data-dir', join(tmp, 'serve-data')], { stdio: ['ignore', 'pipe', 'pipe'] });
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        const m = /Neurona Studio running at (http:\/\/127\.0\.0\.1:\d+\/\?token=[0-9a-f]{48})/.exec(out);
        if (m) resolve(m[1]);
      });
      child.on('exit', (code) => reject(new Error(`serve exited early with ${code}`)));
    });
    const page = await fetch(url);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<div id="root">');
    const token = new URL(url).searchParams.get('token')!;
    const base = url.split('?')[0];
    const info = await fetch(`${base}api/app.info`, { method: 'POST', headers: { Authorization: `Bearer ${token}` }, body: '{}' }).then((r) => r.json());
    expect(info).toMatchObject({ ok: true, value: { mode: 'browser', dataDir: join(tmp, 'serve-data') } });
    expect((await fetch(`${base}api/app.info`, { method: 'POST', body: '{}' })).status).toBe(401);
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });

  it('--help and --version', () => {
    expect(neurona(['--help']).stdout).toMatch(/neurona train DATA/);
    expect(neurona(['--version']).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});
