import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { StudioError } from '../../src-shared/errors';
import { getDataset } from '../store/repos/datasets-repo';
import { listColumns } from '../store/repos/columns-repo';
import { listClasses } from '../store/repos/classes-repo';
import { classCounts, listSamples, splitCounts } from '../store/repos/samples-repo';
import { importCsv } from './csv-import';
import { findSamplesDir } from './sample-datasets';
import { createTempProject, datasetTableCounts, type TempProject } from './test-project';

let t: TempProject;
beforeEach(() => {
  t = createTempProject();
  mkdirSync(t.scratch, { recursive: true });
});
afterEach(() => t.dispose());

function writeCsv(name: string, content: string | Uint8Array): string {
  const path = join(t.scratch, name);
  writeFileSync(path, content);
  return path;
}

/** header + n rows made by `row(i)`. */
function csv(header: string, n: number, row: (i: number) => string): string {
  return [header, ...Array.from({ length: n }, (_, i) => row(i))].join('\n') + '\n';
}

async function caught(p: Promise<unknown>): Promise<StudioError> {
  try {
    await p;
  } catch (err) {
    if (err instanceof StudioError) return err;
    throw err;
  }
  throw new Error('expected the import to fail');
}

describe('importCsv: bad files', () => {
  const cases: { name: string; file: string; content?: string | Uint8Array; target: string; task?: 'regression'; code: string; message: RegExp }[] = [
    { name: 'missing file', file: 'nope.csv', target: 'y', code: 'FILE_NOT_FOUND', message: /nope\.csv does not exist/ },
    { name: 'empty file', file: 'empty.csv', content: '', target: 'y', code: 'CSV_EMPTY', message: /^empty\.csv is empty/ },
    { name: 'header only', file: 'header.csv', content: 'a,y\n', target: 'y', code: 'CSV_EMPTY', message: /header\.csv has a header but no data rows/ },
    {
      name: 'ragged row',
      file: 'ragged.csv',
      content: 'a,b,y\n1,2,x\n3,4\n',
      target: 'y',
      code: 'CSV_PARSE',
      message: /ragged\.csv, line 3: expected 3 fields like the header, found 2/,
    },
    { name: 'unclosed quote', file: 'quote.csv', content: 'a,y\n1,"x\n2,y\n', target: 'y', code: 'CSV_PARSE', message: /quote\.csv, line 2: a quoted field is never closed/ },
    { name: 'binary data', file: 'photo.csv', content: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1]), target: 'y', code: 'CSV_PARSE', message: /photo\.csv is not a text file/ },
    {
      name: 'target column absent',
      file: 'houses.csv',
      content: csv('area,rooms,price', 12, (i) => `${50 + i * 7},${i % 4},${100 + i}`),
      target: 'value',
      code: 'CSV_TARGET_MISSING',
      message: /houses\.csv has no column "value" to predict \(columns: area, rooms, price\)/,
    },
    {
      name: 'too few rows',
      file: 'small.csv',
      content: csv('a,y', 5, (i) => `${i * 1.5},${i % 2}`),
      target: 'y',
      code: 'CSV_TOO_FEW_ROWS',
      message: /small\.csv has 5 data rows; at least 10 are needed/,
    },
    {
      name: 'a row without target',
      file: 'gaps.csv',
      content: csv('a,y', 12, (i) => `${i * 1.5},${i === 5 || i === 9 ? '' : i % 2}`),
      target: 'y',
      code: 'CSV_VALUE_INVALID',
      message: /gaps\.csv, line 7: the target "y" is empty \(2 rows have no target, on lines 7, 11\)/,
    },
    {
      name: 'only the target column',
      file: 'one.csv',
      content: csv('y', 12, (i) => `${i % 2}`),
      target: 'y',
      code: 'CSV_NO_FEATURES',
      message: /one\.csv has only the target column "y"/,
    },
    {
      name: 'every other column is an id or empty',
      file: 'ids.csv',
      content: csv('id,notes,y', 12, (i) => `${i + 1},,${i % 2}`),
      target: 'y',
      code: 'CSV_NO_FEATURES',
      message: /ids\.csv has no column to learn from besides the target "y": "id" looks like an identifier.*; "notes" is empty/,
    },
    {
      name: 'regression on a text target',
      file: 'text.csv',
      content: csv('a,y', 12, (i) => `${i * 1.5},${i === 3 ? 'high' : i * 2.5}`),
      target: 'y',
      task: 'regression',
      code: 'CSV_VALUE_INVALID',
      message: /text\.csv, line 5: the target "y" has "high", which is not a number/,
    },
    {
      name: 'a single class',
      file: 'same.csv',
      content: csv('a,y', 12, (i) => `${i * 1.5},yes`),
      target: 'y',
      code: 'CSV_TARGET_SINGLE_CLASS',
      message: /same\.csv: the target "y" has only one value \("yes"\)/,
    },
  ];
  for (const c of cases) {
    it(`${c.name} -> ${c.code}`, async () => {
      const path = c.content === undefined ? join(t.scratch, c.file) : writeCsv(c.file, c.content);
      const err = await caught(importCsv(t.project, { filePath: path, target: c.target, task: c.task }));
      expect(err.code).toBe(c.code);
      expect(err.message).toMatch(c.message);
    });
  }

  it('a folder instead of a file -> FILE_NOT_FOUND', async () => {
    const err = await caught(importCsv(t.project, { filePath: t.scratch, target: 'y' }));
    expect(err.code).toBe('FILE_NOT_FOUND');
    expect(err.message).toMatch(/is a folder, not a CSV file/);
  });

  it('a failed import leaves the dataset tables as they were', async () => {
    await importCsv(t.project, { filePath: join(findSamplesDir(), 'iris.csv'), target: 'species' });
    const before = datasetTableCounts(t.project);
    expect(before.samples).toBe(150);
    for (const c of cases.filter((x) => x.content !== undefined)) {
      await caught(importCsv(t.project, { filePath: writeCsv(c.file, c.content!), target: c.target, task: c.task }));
    }
    expect(datasetTableCounts(t.project)).toEqual(before);
  });
});

describe('importCsv: Iris', () => {
  it('gives 150 samples in 3 classes, a stratified 120/30 split and input shape [4]', async () => {
    const path = join(findSamplesDir(), 'iris.csv');
    const id = await importCsv(t.project, { filePath: path, target: 'species' }, 42);
    const db = t.project.db;
    const row = getDataset(db, id)!;
    expect(row).toMatchObject({ name: 'iris', kind: 'table', task: 'classification', target_column: 'species', split_seed: 42 });
    expect(JSON.parse(row.input_shape)).toEqual([4]);
    expect(listClasses(db, id)).toEqual(['setosa', 'versicolor', 'virginica']);
    expect(classCounts(db, id, 3)).toEqual([50, 50, 50]);
    expect(splitCounts(db, id)).toEqual({ train: 120, val: 30, test: 0 });
    const val = listSamples(db, id, 'val');
    expect([0, 1, 2].map((c) => val.filter((s) => s.class_idx === c).length)).toEqual([10, 10, 10]);
    // Every CSV data row is one sample, in order.
    expect(listSamples(db, id).map((s) => s.row_index)).toEqual(Array.from({ length: 150 }, (_, i) => i));

    const columns = listColumns(db, id);
    expect(columns.map((c) => [c.name, c.type, c.role])).toEqual([
      ['sepal_length', 'numeric', 'feature'],
      ['sepal_width', 'numeric', 'feature'],
      ['petal_length', 'numeric', 'feature'],
      ['petal_width', 'numeric', 'feature'],
      ['species', 'categorical', 'target'],
    ]);
    expect(columns[0]).toMatchObject({ missing: 0, min: 4.3, max: 7.9 });
    expect(columns[0].mean).toBeCloseTo(5.8433, 3);
    expect(columns[4]).toMatchObject({ distinct_count: 3, min: null, mean: null });

    // The CSV is copied into the project byte for byte.
    expect(readFileSync(t.project.blobs.pathFor(row.source_blob!))).toEqual(readFileSync(path));
  });

  it('the same seed gives the same split, and a second import gets a distinct name', async () => {
    const path = join(findSamplesDir(), 'iris.csv');
    const a = await importCsv(t.project, { filePath: path, target: 'species', name: 'Flowers' }, 7);
    const b = await importCsv(t.project, { filePath: path, target: 'species', name: 'Flowers' }, 7);
    const c = await importCsv(t.project, { filePath: path, target: 'species', name: 'Flowers' }, 8);
    const splits = (id: number) => listSamples(t.project.db, id).map((s) => s.split);
    expect(splits(a)).toEqual(splits(b));
    expect(splits(a)).not.toEqual(splits(c));
    expect([a, b, c].map((id) => getDataset(t.project.db, id)!.name)).toEqual(['Flowers', 'Flowers (2)', 'Flowers (3)']);
  });
});

describe('importCsv: dialects and inference', () => {
  it('reads a ";" file with decimal commas as numbers', async () => {
    const path = writeCsv('casas.csv', csv('superficie;barrio;precio', 12, (i) => `${60 + i},5;${['centro', 'norte', 'sur'][i % 3]};${100 + i * 3},75`));
    const id = await importCsv(t.project, { filePath: path, target: 'precio' });
    const row = getDataset(t.project.db, id)!;
    expect(row.task).toBe('regression');
    const columns = listColumns(t.project.db, id);
    expect(columns.map((c) => [c.name, c.type, c.role])).toEqual([
      ['superficie', 'numeric', 'feature'],
      ['barrio', 'categorical', 'feature'],
      ['precio', 'numeric', 'target'],
    ]);
    expect(columns[0]).toMatchObject({ min: 60.5, max: 71.5 });
    expect(columns[2]).toMatchObject({ min: 100.75, max: 133.75 });
    expect(listClasses(t.project.db, id)).toEqual([]);
    expect(listSamples(t.project.db, id).every((s) => s.class_idx === null)).toBe(true);
  });

  const tasks: { name: string; target: (i: number) => string; task: 'classification' | 'regression'; classes?: string[] }[] = [
    { name: 'integers with few values', target: (i) => `${3 + (i % 6)}`, task: 'classification', classes: ['3', '4', '5', '6', '7', '8'] },
    { name: 'integer classes sort by value', target: (i) => `${[10, 2, 1][i % 3]}`, task: 'classification', classes: ['1', '2', '10'] },
    { name: 'integers with more than 20 values', target: (i) => `${1000 + i * 13}`, task: 'regression' },
    { name: 'fractions, even if few', target: (i) => `${(i % 3) + 0.5}`, task: 'regression' },
    { name: 'text labels sort naturally', target: (i) => `grade ${[10, 9, 1][i % 3]}`, task: 'classification', classes: ['grade 1', 'grade 9', 'grade 10'] },
  ];
  for (const c of tasks) {
    it(`infers ${c.task} for ${c.name}`, async () => {
      const path = writeCsv('t.csv', csv('x,y', 30, (i) => `${(i * 0.37).toFixed(2)},${c.target(i)}`));
      const id = await importCsv(t.project, { filePath: path, target: 'y' });
      expect(getDataset(t.project.db, id)!.task).toBe(c.task);
      if (c.classes) expect(listClasses(t.project.db, id)).toEqual(c.classes);
    });
  }

  it('an explicit task wins over inference', async () => {
    const path = writeCsv('t.csv', csv('x,y', 30, (i) => `${i * 0.5},${i % 3}`));
    const id = await importCsv(t.project, { filePath: path, target: 'y', task: 'regression' });
    expect(getDataset(t.project.db, id)!.task).toBe('regression');
  });

  it('leaves identifiers out and keeps distinct numbers that are real measurements', async () => {
    const path = writeCsv(
      'people.csv',
      csv('PassengerId,row,name,area,y', 12, (i) => `${i * 3 + 7},${i + 1},person ${i},${[55, 80, 62, 71, 90, 45, 120, 66, 58, 77, 99, 83][i]},${i % 2}`),
    );
    const id = await importCsv(t.project, { filePath: path, target: 'y' });
    expect(listColumns(t.project.db, id).map((c) => [c.name, c.role])).toEqual([
      ['PassengerId', 'ignore'],
      ['row', 'ignore'],
      ['name', 'ignore'],
      ['area', 'feature'],
      ['y', 'target'],
    ]);
    expect(JSON.parse(getDataset(t.project.db, id)!.input_shape)).toEqual([1]);
  });

  it('sizes a categorical feature by the categories seen in training rows, and counts missing cells', async () => {
    // "rare" appears once, so it is in train or val depending on the split; the width must follow.
    const colour = (i: number) => (i === 13 ? 'rare' : i === 4 ? 'NA' : ['red', 'green', 'blue'][i % 3]);
    const path = writeCsv('colours.csv', csv('size,colour,y', 20, (i) => `${i * 1.25},${colour(i)},${i % 2}`));
    const id = await importCsv(t.project, { filePath: path, target: 'y' });
    const trainRows = new Set(listSamples(t.project.db, id, 'train').map((s) => s.row_index));
    const trainCategories = new Set([...Array(20).keys()].filter((i) => trainRows.has(i) && colour(i) !== 'NA').map(colour));
    expect(JSON.parse(getDataset(t.project.db, id)!.input_shape)).toEqual([1 + trainCategories.size]);
    expect(listColumns(t.project.db, id)[1]).toMatchObject({ type: 'categorical', missing: 1, distinct_count: 4 });
  });

  it('decodes a Windows-1252 export and stores it as UTF-8', async () => {
    const text = csv('país,valor,y', 12, (i) => `${i % 2 ? 'España' : 'Perú'},${i * 2.5},${i % 2}`);
    const bytes = Uint8Array.from([...text].map((ch) => ({ í: 0xed, ñ: 0xf1, ú: 0xfa })[ch] ?? ch.charCodeAt(0)));
    const id = await importCsv(t.project, { filePath: writeCsv('latin.csv', bytes), target: 'y' });
    const row = getDataset(t.project.db, id)!;
    expect(listColumns(t.project.db, id)[0].name).toBe('país');
    expect(readFileSync(t.project.blobs.pathFor(row.source_blob!), 'utf8')).toBe(text);
  });
});
