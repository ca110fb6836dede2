import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { prepareTrainingData } from './prepare-data';
import { irisSpec } from '../testing/test-datasets';

describe('prepareTrainingData for tables', () => {
  it('encodes Iris with statistics from the training rows', async () => {
    const spec = irisSpec();
    const data = await prepareTrainingData(spec);
    expect(data.inputShape).toEqual([4]);
    expect(data.train.count).toBe(120);
    expect(data.val.count).toBe(30);
    const p = data.preprocessing;
    expect(p.target).toEqual({ task: 'classification', name: 'species', classes: ['setosa', 'versicolor', 'virginica'] });
    if (p.input.kind !== 'table') throw new Error('expected a table input');
    expect(p.input.size).toBe(4);
    // Standardised with train statistics: the train rows have mean 0 and std 1 per feature.
    const all = await data.train.read(Array.from({ length: 120 }, (_, i) => i));
    for (let f = 0; f < 4; f += 1) {
      const column = Array.from({ length: 120 }, (_, r) => all.x[r * 4 + f]);
      const mean = column.reduce((s, v) => s + v, 0) / 120;
      const std = Math.sqrt(column.reduce((s, v) => s + (v - mean) ** 2, 0) / 120);
      expect(mean).toBeCloseTo(0, 5);
      expect(std).toBeCloseTo(1, 4);
    }
    expect(new Set(all.y)).toEqual(new Set([0, 1, 2]));
    await data.close();
  });

  it.each([
    { what: 'a missing file', change: { csvPath: join(tmpdir(), 'no-such-file.csv') }, code: 'FILE_NOT_FOUND', message: /^iris\.csv cannot be read \(ENOENT\)$/ },
    { what: 'an empty training split', change: { rows: { train: [], val: [1, 2] } }, code: 'SPLIT_EMPTY', message: /training split has no samples/ },
    { what: 'an unknown column', change: { features: [{ name: 'petal_area', type: 'numeric' as const }] }, code: 'CSV_COLUMN_MISSING', message: /^iris\.csv has no column "petal_area"/ },
    { what: 'a class list without a species', change: { classes: ['setosa', 'versicolor'] }, code: 'CSV_VALUE_INVALID', message: /^iris\.csv, line \d+: the target "species" has "virginica"/ },
  ])('refuses $what', async ({ change, code, message }) => {
    await expect(prepareTrainingData({ ...irisSpec(), ...change })).rejects.toMatchObject({ code, message: expect.stringMatching(message) });
  });
});
