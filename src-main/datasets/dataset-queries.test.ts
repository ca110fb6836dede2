import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { DatasetSummarySchema } from '../../src-shared/data/dataset';
import { SampleRowSchema } from '../../src-shared/contract/datasets';
import { parseCsv } from '../../src-shared/data/csv';
import { StudioError } from '../../src-shared/errors';
import { createModel, getModel } from '../store/repos/models-repo';
import { insertRun } from '../store/repos/runs-repo';
import { importCsv } from './csv-import';
import { importImageFolder } from './image-folder-import';
import { addSampleDataset } from './sample-datasets';
import { datasetSummary, listDatasetSummaries } from './dataset-summary';
import { listSampleRows } from './sample-rows';
import { buildDataSpec, datasetShapeInfo } from './data-spec';
import { deleteDataset } from './dataset-deletion';
import { createTempProject, datasetTableCounts, type TempProject } from './test-project';

let t: TempProject;
beforeEach(() => {
  t = createTempProject();
  mkdirSync(t.scratch, { recursive: true });
});
afterEach(() => t.dispose());

async function imageFolder(): Promise<string> {
  const root = join(t.scratch, 'shapes');
  for (const [cls, n, w] of [['circles', 3, 200], ['squares', 2, 30]] as const) {
    mkdirSync(join(root, cls), { recursive: true });
    for (let i = 0; i < n; i += 1) {
      const png = await sharp({ create: { width: w, height: 100, channels: 3, background: { r: 40 * i, g: 90, b: 200 } } }).png().toBuffer();
      writeFileSync(join(root, cls, `${i}.png`), png);
    }
  }
  return root;
}

function expectNotFound(fn: () => unknown, id: number): void {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(StudioError);
    expect((err as StudioError).code).toBe('NOT_FOUND');
    expect((err as StudioError).message).toBe(`Dataset ${id} does not exist in this project`);
    return;
  }
  throw new Error('expected NOT_FOUND');
}

describe('datasetSummary', () => {
  it('describes a table dataset and matches the contract schema', async () => {
    const id = await addSampleDataset(t.project, 'iris', () => {});
    const summary = datasetSummary(t.project, id);
    expect(DatasetSummarySchema.parse(summary)).toEqual(summary);
    expect(summary).toMatchObject({
      id,
      name: 'Iris',
      kind: 'table',
      task: 'classification',
      source: 'sample:iris',
      sampleCount: 150,
      splitCounts: { train: 120, val: 30, test: 0 },
      classes: ['setosa', 'versicolor', 'virginica'],
      classCounts: [50, 50, 50],
      target: 'species',
      inputShape: [4],
    });
    expect(summary.columns[3]).toMatchObject({ index: 3, name: 'petal_width', type: 'numeric', role: 'feature', missing: 0, min: 0.1, max: 2.5 });
    expect(summary.columns[4]).toMatchObject({ name: 'species', type: 'categorical', role: 'target', distinct: 3 });
  });

  it('lists every dataset and names an unknown id', async () => {
    await addSampleDataset(t.project, 'iris', () => {});
    await addSampleDataset(t.project, 'binary', () => {});
    expect(listDatasetSummaries(t.project).map((s) => s.name)).toEqual(['Iris', 'Two moons (binary)']);
    expectNotFound(() => datasetSummary(t.project, 99), 99);
    expectNotFound(() => buildDataSpec(t.project, 99), 99);
    expectNotFound(() => datasetShapeInfo(t.project, 99), 99);
  });

  it('gives model checks the name, task, input shape and classes', async () => {
    const id = await addSampleDataset(t.project, 'binary', () => {});
    expect(datasetShapeInfo(t.project, id)).toEqual({ name: 'Two moons (binary)', task: 'classification', inputShape: [2], classes: ['0', '1'] });
  });
});

describe('listSampleRows', () => {
  it('tables: values by column name, numbers as numbers, class names as labels', async () => {
    const id = await addSampleDataset(t.project, 'iris', () => {});
    const page = await listSampleRows(t.project, id, { offset: 0, limit: 2 });
    expect(page.total).toBe(150);
    expect(page.rows[0]).toMatchObject({
      label: 'setosa',
      values: { sepal_length: 5.1, sepal_width: 3.5, petal_length: 1.4, petal_width: 0.2, species: 'setosa' },
      thumbnail: null,
    });
    for (const r of page.rows) SampleRowSchema.parse(r);
    const val = await listSampleRows(t.project, id, { offset: 0, limit: 500, split: 'val' });
    expect(val.total).toBe(30);
    expect(val.rows.every((r) => r.split === 'val')).toBe(true);
  });

  it('regression tables: the target value is the label; decimal commas and missing cells read correctly', async () => {
    const lines = ['m2;zona;precio', ...Array.from({ length: 12 }, (_, i) => `${i === 2 ? '' : `${70 + i},5`};${i % 2 ? 'norte' : 'sur'};${200 + i * 11},5`)];
    const path = join(t.scratch, 'pisos.csv');
    writeFileSync(path, lines.join('\n'));
    const id = await importCsv(t.project, { filePath: path, target: 'precio' });
    const { rows } = await listSampleRows(t.project, id, { offset: 0, limit: 3 });
    expect(rows.map((r) => [r.label, r.values])).toEqual([
      ['200.5', { m2: 70.5, zona: 'sur', precio: 200.5 }],
      ['211.5', { m2: 71.5, zona: 'norte', precio: 211.5 }],
      ['222.5', { m2: null, zona: 'sur', precio: 222.5 }],
    ]);
  });

  it('images: PNG thumbnails at most 64 px, class names and original names', async () => {
    const id = await importImageFolder(t.project, { folderPath: await imageFolder() }, () => {});
    const { total, rows } = await listSampleRows(t.project, id, { offset: 1, limit: 10 });
    expect(total).toBe(5);
    expect(rows.map((r) => [r.originalName, r.label])).toEqual([
      ['circles/1.png', 'circles'],
      ['circles/2.png', 'circles'],
      ['squares/0.png', 'squares'],
      ['squares/1.png', 'squares'],
    ]);
    for (const r of rows) {
      SampleRowSchema.parse(r);
      expect(r.thumbnail).toMatch(/^data:image\/png;base64,/);
      const png = Buffer.from(r.thumbnail!.slice('data:image/png;base64,'.length), 'base64');
      const meta = await sharp(png).metadata();
      expect(meta.format).toBe('png');
      expect(Math.max(meta.width, meta.height)).toBeLessThanOrEqual(64);
    }
    // 200x100 shrinks to 64x32; 30x100 to 19x64; a small image is never enlarged.
    const first = await sharp(Buffer.from(rows[0].thumbnail!.split(',')[1], 'base64')).metadata();
    expect([first.width, first.height]).toEqual([64, 32]);
  });
});

describe('buildDataSpec', () => {
  it('tables: the CSV blob, features in column order, and 0-based rows matching the split counts', async () => {
    const id = await addSampleDataset(t.project, 'iris', () => {});
    const spec = buildDataSpec(t.project, id);
    if (spec.kind !== 'table') throw new Error('expected a table spec');
    expect(spec.features).toEqual([
      { name: 'sepal_length', type: 'numeric' },
      { name: 'sepal_width', type: 'numeric' },
      { name: 'petal_length', type: 'numeric' },
      { name: 'petal_width', type: 'numeric' },
    ]);
    expect(spec.target).toEqual({ name: 'species', task: 'classification' });
    expect(spec.classes).toEqual(['setosa', 'versicolor', 'virginica']);
    expect(spec.rows.train).toHaveLength(120);
    expect(spec.rows.val).toHaveLength(30);
    expect(new Set([...spec.rows.train, ...spec.rows.val])).toEqual(new Set(Array.from({ length: 150 }, (_, i) => i)));
    // The indices address rows of the stored CSV as the shared parser reads it.
    const table = parseCsv(readFileSync(spec.csvPath, 'utf8'), { fileName: 'iris.csv' });
    const valSpecies = spec.rows.val.map((r) => table.rows[r][4]);
    expect(spec.classes.map((c) => valSpecies.filter((s) => s === c).length)).toEqual([10, 10, 10]);
  });

  it('images: blob paths with labels, input shape and cache folder', async () => {
    const id = await importImageFolder(t.project, { folderPath: await imageFolder() }, () => {});
    const spec = buildDataSpec(t.project, id);
    if (spec.kind !== 'images') throw new Error('expected an image spec');
    expect(spec.inputShape).toEqual([64, 64, 3]);
    expect(spec.classes).toEqual(['circles', 'squares']);
    expect(spec.samples.train).toHaveLength(3);
    expect(spec.samples.val).toHaveLength(2);
    expect(spec.samples.val.map((s) => s.label).sort()).toEqual([0, 1]);
    for (const s of [...spec.samples.train, ...spec.samples.val]) expect(readFileSync(s.path).subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(spec.cacheDir).toBe(t.project.blobs.cacheDir());
  });
});

describe('deleteDataset', () => {
  it('deletes the dataset with its rows', async () => {
    const keep = await addSampleDataset(t.project, 'binary', () => {});
    const before = datasetTableCounts(t.project);
    const id = await addSampleDataset(t.project, 'iris', () => {});
    deleteDataset(t.project, id);
    expect(datasetTableCounts(t.project)).toEqual(before);
    expect(datasetSummary(t.project, keep).sampleCount).toBe(400);
    expectNotFound(() => deleteDataset(t.project, id), id);
  });

  it('refuses while runs use it, naming how many', async () => {
    const id = await addSampleDataset(t.project, 'iris', () => {});
    const modelId = createModel(t.project.db, { name: 'm', datasetId: id, template: null, graphJson: '{}' });
    const versionId = getModel(t.project.db, modelId)!.version_id;
    insertRun(t.project.db, { modelVersionId: versionId, datasetId: id, configJson: '{}', seed: 1 });
    insertRun(t.project.db, { modelVersionId: versionId, datasetId: id, configJson: '{}', seed: 2 });
    const before = datasetTableCounts(t.project);
    expect(() => deleteDataset(t.project, id)).toThrow(StudioError);
    try {
      deleteDataset(t.project, id);
    } catch (err) {
      expect((err as StudioError).code).toBe('DATASET_IN_USE');
      expect((err as StudioError).message).toBe('Dataset "Iris" is used by 2 training runs; delete those runs first');
    }
    expect(datasetTableCounts(t.project)).toEqual(before);
  });
});
