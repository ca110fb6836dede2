// Sharing a project: export a trained project as one .neurona.zip, import it on a fresh data
// folder, and find the run's curves and checkpoints there. Hostile archives (an entry that climbs
// out, a link, a bomb, sizes that lie) are refused before anything is left on disk.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZipFile } from 'yazl';
import { startStudioFixture, type StudioFixture } from '../testing/studio-fixture';
import type { AnyEvent } from '../api/event-bus';
import type { RunDetail } from '../../src-shared/contract';
import { rawZip, type RawEntry } from './test-zips';
import { openZip, readEntries } from './zip-reader';

let scratch: string;
let source: StudioFixture;
let archive: string;
let original: { projectPath: string; runId: number; detail: RunDetail; datasetId: number; exportDir: string };

const manifest = (over: Record<string, unknown> = {}) =>
  Buffer.from(JSON.stringify({ format: 'neurona-project', version: 1, name: 'Evil', appVersion: 't', schemaVersion: 1, createdAt: 'now', sourceDir: '/x', files: 1, bytes: 1, ...over }));

beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'neurona-archive-'));
  source = await startStudioFixture();
  const { router } = source.studio;
  const project = await router.invoke('projects.create', { name: 'Shared Iris', parentDir: source.dataDir });
  const dataset = await router.invoke('datasets.addSample', { projectPath: project.path, sample: 'iris' });
  const model = await router.invoke('models.createDefault', { projectPath: project.path, datasetId: dataset.id });
  const run = await router.invoke('runs.start', { projectPath: project.path, modelId: model.id, datasetId: dataset.id, config: { epochs: 3, batchSize: 16 } });
  await source.waitFor((e: AnyEvent) => e.name === 'run.finished' && e.payload.runId === run.id);
  const exported = await router.invoke('exports.create', { projectPath: project.path, runId: run.id });
  const detail = await router.invoke('runs.get', { projectPath: project.path, runId: run.id });
  original = { projectPath: project.path, runId: run.id, detail, datasetId: dataset.id, exportDir: exported.dir };
  archive = join(scratch, 'shared.neurona.zip');
}, 120_000);

afterAll(async () => {
  await source?.close();
  rmSync(scratch, { recursive: true, force: true });
});

describe('export → import round trip', () => {
  let target: StudioFixture;
  afterAll(async () => target?.close());

  it('exports the open (WAL) project into one zip with a manifest, a database copy and the stored files, no caches', async () => {
    const result = await source.studio.router.invoke('projects.exportArchive', { path: original.projectPath, file: join(scratch, 'shared') });
    expect(result.file).toBe(archive);
    expect(result.bytes).toBeGreaterThan(0);
    const zip = await openZip(archive);
    const names = (await readEntries(zip, 10_000)).map((e) => e.fileName);
    zip.close();
    expect(names).toContain('neurona-project.json');
    expect(names).toContain('project.db');
    expect(names.some((n) => n.startsWith('blobs/checkpoints/run-1/'))).toBe(true);
    expect(names.some((n) => n.startsWith('exports/'))).toBe(true);
    expect(names.filter((n) => /-wal$|-shm$|^blobs\/(cache|tmp)\//.test(n))).toEqual([]);
    const events = source.events.filter((e) => e.name === 'archive.progress');
    expect(events.at(-1)?.payload).toMatchObject({ operation: 'export', file: archive });
    const last = events.at(-1)!.payload as { done: number; total: number };
    expect(last.done).toBe(last.total);
  });

  it('imports on a fresh data folder: the run, its curves and checkpoints are there and the checkpoint still predicts', async () => {
    target = await startStudioFixture();
    const { router } = target.studio;
    const summary = await router.invoke('projects.importArchive', { file: archive, parentDir: target.dataDir });
    expect(summary).toMatchObject({ name: 'Shared Iris', path: join(target.dataDir, 'Shared Iris.neurona'), exists: true });
    expect((await router.invoke('projects.list', {})).recent.map((p) => p.path)).toEqual([summary.path]);

    const detail = await router.invoke('runs.get', { projectPath: summary.path, runId: original.runId });
    expect(detail.status).toBe('completed');
    expect(detail.metrics).toEqual(original.detail.metrics);
    expect(detail.checkpoints).toEqual(original.detail.checkpoints);
    for (const checkpoint of detail.checkpoints) {
      const dir = join(summary.path, checkpoint.path);
      expect(readdirSync(dir).sort()).toEqual(['model.json', 'weights.bin']);
    }
    const page = await router.invoke('datasets.samples', { projectPath: summary.path, datasetId: original.datasetId, limit: 3 });
    expect(page.total).toBe(150);
    const predicted = await router.invoke('runs.predict', { projectPath: summary.path, runId: original.runId, sampleIds: page.rows.map((r) => r.id) });
    expect(predicted.predictions).toHaveLength(3);

    const [exported] = await router.invoke('exports.list', { projectPath: summary.path });
    expect(exported!.dir.startsWith(summary.path)).toBe(true);
    expect(readFileSync(join(exported!.dir, 'weights.bin'))).toEqual(readFileSync(join(original.exportDir, 'weights.bin')));
    expect(readdirSync(target.dataDir).filter((n) => n.includes('.importing-'))).toEqual([]);
  });

  it('refuses to import over an existing folder, and imports under another name', async () => {
    const { router } = target.studio;
    await expect(router.invoke('projects.importArchive', { file: archive, parentDir: target.dataDir })).rejects.toMatchObject({ code: 'PROJECT_EXISTS' });
    const copy = await router.invoke('projects.importArchive', { file: archive, parentDir: target.dataDir, name: 'Iris copy' });
    expect(copy).toMatchObject({ name: 'Iris copy', path: join(target.dataDir, 'Iris copy.neurona') });
  });

  it('export refuses an existing file unless asked to overwrite, and a file inside the project', async () => {
    const { router } = source.studio;
    await expect(router.invoke('projects.exportArchive', { path: original.projectPath, file: archive })).rejects.toMatchObject({ code: 'ARCHIVE_EXISTS' });
    await expect(router.invoke('projects.exportArchive', { path: original.projectPath, file: archive, overwrite: true })).resolves.toMatchObject({ file: archive });
    await expect(router.invoke('projects.exportArchive', { path: original.projectPath, file: join(original.projectPath, 'self.neurona.zip') })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    });
  });
});

describe('hostile archives', () => {
  const cases: { name: string; entries: () => RawEntry[]; code: string; detail?: Record<string, unknown> }[] = [
    {
      name: 'an entry that climbs out of the target ("../")',
      entries: () => [{ name: 'neurona-project.json', data: manifest() }, { name: 'project.db', data: Buffer.from('x') }, { name: '../escaped.txt', data: Buffer.from('owned') }],
      code: 'ARCHIVE_UNSAFE_PATH',
      detail: { entry: '../escaped.txt' },
    },
    {
      name: 'a nested traversal under blobs/',
      entries: () => [{ name: 'neurona-project.json', data: manifest() }, { name: 'blobs/../../../escaped.txt', data: Buffer.from('owned') }],
      code: 'ARCHIVE_UNSAFE_PATH',
    },
    {
      name: 'an absolute entry',
      entries: () => [{ name: '/tmp/escaped.txt', data: Buffer.from('owned') }],
      code: 'ARCHIVE_UNSAFE_PATH',
    },
    {
      name: 'a backslash traversal',
      entries: () => [{ name: 'blobs\\..\\..\\escaped.txt', data: Buffer.from('owned') }],
      code: 'ARCHIVE_UNSAFE_PATH',
    },
    {
      name: 'a symbolic link',
      entries: () => [{ name: 'neurona-project.json', data: manifest() }, { name: 'blobs/link', data: Buffer.from('/etc/passwd'), mode: 0o120777 }],
      code: 'ARCHIVE_UNSAFE_PATH',
      detail: { entry: 'blobs/link' },
    },
    {
      name: 'a declared size over 2 GiB',
      entries: () => [{ name: 'neurona-project.json', data: manifest() }, { name: 'blobs/aa/big', data: Buffer.alloc(10), deflate: true, declaredSize: 3 * 1024 ** 3 }],
      code: 'ARCHIVE_TOO_LARGE',
    },
    {
      name: 'a compression ratio over 100 (zip bomb)',
      entries: () => [{ name: 'neurona-project.json', data: manifest() }, { name: 'project.db', data: Buffer.from('x') }, { name: 'blobs/aa/zeros', data: Buffer.alloc(20 * 1024 * 1024), deflate: true }],
      code: 'ARCHIVE_RATIO_TOO_HIGH',
    },
    {
      name: 'an entry that inflates past its declared size',
      entries: () => [
        { name: 'neurona-project.json', data: manifest() },
        { name: 'blobs/aa/liar', data: Buffer.alloc(2 * 1024 * 1024, 7), deflate: true, declaredSize: 1000 },
        { name: 'project.db', data: Buffer.from('x') },
      ],
      code: 'ARCHIVE_INVALID',
    },
    {
      name: 'no manifest',
      entries: () => [{ name: 'project.db', data: Buffer.from('x') }],
      code: 'ARCHIVE_INVALID',
    },
    {
      name: 'a manifest from a newer app',
      entries: () => [{ name: 'neurona-project.json', data: manifest({ version: 99 }) }, { name: 'project.db', data: Buffer.from('x') }],
      code: 'ARCHIVE_INVALID',
    },
    {
      name: 'a database that is not SQLite',
      entries: () => [{ name: 'neurona-project.json', data: manifest() }, { name: 'project.db', data: Buffer.from('not a database at all') }],
      code: 'PROJECT_DB_CORRUPT',
    },
  ];

  for (const c of cases) {
    it(`refuses ${c.name} (${c.code}) and leaves nothing behind`, async () => {
      const box = mkdtempSync(join(scratch, 'hostile-'));
      const into = join(box, 'projects');
      mkdirSync(into);
      const file = join(box, 'evil.neurona.zip');
      writeFileSync(file, rawZip(c.entries()));
      const result = await source.studio.router.call('projects.importArchive', { file, parentDir: into });
      expect(result).toMatchObject({ ok: false, error: { code: c.code, details: c.detail ?? {} } });
      expect(readdirSync(into)).toEqual([]);
      expect(readdirSync(box).sort()).toEqual(['evil.neurona.zip', 'projects']);
      expect(existsSync(join(scratch, 'escaped.txt'))).toBe(false);
    });
  }

  it('refuses a file that is not a zip', async () => {
    const file = join(scratch, 'not-a-zip.neurona.zip');
    writeFileSync(file, 'hello');
    await expect(source.studio.router.invoke('projects.importArchive', { file, parentDir: scratch })).rejects.toMatchObject({ code: 'ARCHIVE_INVALID' });
  });

  it('a zip made by yazl with a highly compressible blob is refused as a bomb too', async () => {
    const file = join(scratch, 'yazl-bomb.neurona.zip');
    const zip = new ZipFile();
    zip.addBuffer(manifest(), 'neurona-project.json');
    zip.addBuffer(Buffer.from('x'), 'project.db');
    zip.addBuffer(Buffer.alloc(30 * 1024 * 1024), 'blobs/aa/zeros');
    zip.end();
    const chunks: Buffer[] = [];
    for await (const chunk of zip.outputStream) chunks.push(chunk as Buffer);
    writeFileSync(file, Buffer.concat(chunks));
    await expect(source.studio.router.invoke('projects.importArchive', { file, parentDir: scratch })).rejects.toMatchObject({ code: 'ARCHIVE_RATIO_TOO_HIGH' });
    expect(createHash('sha256').update(readFileSync(file)).digest('hex')).toHaveLength(64);
  });
});
