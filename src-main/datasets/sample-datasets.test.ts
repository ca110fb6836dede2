import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { getDataset } from '../store/repos/datasets-repo';
import { listClasses } from '../store/repos/classes-repo';
import { classCounts, listSamples, splitCounts } from '../store/repos/samples-repo';
import { addSampleDataset, findSamplesDir } from './sample-datasets';
import { createTempProject, type TempProject } from './test-project';

let t: TempProject;
beforeEach(() => {
  t = createTempProject();
});
afterEach(() => t.dispose());

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

describe('findSamplesDir', () => {
  it.each([
    ['src-main/datasets (tests)', 'src-main/datasets'],
    ['out/main (built entry)', 'out/main'],
    ['out/main/chunks (built chunk)', 'out/main/chunks'],
  ])('finds resources/samples from %s', (_, from) => {
    expect(findSamplesDir(join(repoRoot, from))).toBe(join(repoRoot, 'resources', 'samples'));
  });

  it('says where it looked when the samples are missing', () => {
    expect(() => findSamplesDir('/')).toThrow(/built-in sample datasets are missing/);
  });
});

describe('addSampleDataset', () => {
  it('iris: 150 rows, 3 classes, named "Iris", then "Iris (2)"', async () => {
    const progress: number[] = [];
    const a = await addSampleDataset(t.project, 'iris', (d) => progress.push(d));
    const b = await addSampleDataset(t.project, 'iris', () => {});
    const db = t.project.db;
    expect(getDataset(db, a)).toMatchObject({ name: 'Iris', source: 'sample:iris', target_column: 'species', task: 'classification' });
    expect(getDataset(db, b)!.name).toBe('Iris (2)');
    expect(classCounts(db, a, 3)).toEqual([50, 50, 50]);
    expect(splitCounts(db, a)).toEqual({ train: 120, val: 30, test: 0 });
    expect(progress.at(-1)).toBe(1);
    // The stored copy is the shipped file.
    expect(readFileSync(t.project.blobs.pathFor(getDataset(db, a)!.source_blob!), 'utf8')).toBe(readFileSync(join(findSamplesDir(), 'iris.csv'), 'utf8'));
  });

  it('binary: two balanced classes of 200, input shape [2]', async () => {
    const id = await addSampleDataset(t.project, 'binary', () => {});
    const row = getDataset(t.project.db, id)!;
    expect(row).toMatchObject({ name: 'Two moons (binary)', source: 'sample:binary', target_column: 'label', task: 'classification' });
    expect(JSON.parse(row.input_shape)).toEqual([2]);
    expect(listClasses(t.project.db, id)).toEqual(['0', '1']);
    expect(classCounts(t.project.db, id, 2)).toEqual([200, 200]);
    expect(splitCounts(t.project.db, id)).toEqual({ train: 320, val: 80, test: 0 });
  });

  it('mnist: digits become 28x28 grayscale PNG blobs with the right labels', async () => {
    const perClass = 3;
    const progress: [number, number][] = [];
    const id = await addSampleDataset(t.project, 'mnist', (d, n) => progress.push([d, n]), { mnistPerClass: perClass });
    const db = t.project.db;
    const row = getDataset(db, id)!;
    expect(row).toMatchObject({ name: 'MNIST digits', kind: 'images', source: 'sample:mnist' });
    expect(JSON.parse(row.input_shape)).toEqual([28, 28, 1]);
    expect(listClasses(db, id)).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9']);
    expect(classCounts(db, id, 10)).toEqual(Array(10).fill(perClass));
    expect(splitCounts(db, id)).toEqual({ train: 20, val: 10, test: 0 });
    expect(progress[0]).toEqual([0, 30]);
    expect(progress.at(-1)).toEqual([30, 30]);

    const digits = createRequire(import.meta.url)('mnist') as { get(i: number): number[] }[];
    const samples = listSamples(db, id);
    expect(samples).toHaveLength(30);
    for (const s of samples) {
      const [digit, file] = s.original_name!.split('/');
      expect(Number(digit)).toBe(s.class_idx);
      const png = readFileSync(t.project.blobs.pathFor(s.blob_sha256!));
      expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
      const meta = await sharp(png).metadata();
      expect([meta.format, meta.width, meta.height, meta.channels]).toEqual(['png', 28, 28, 1]);
      const pixels = await sharp(png).toColourspace('b-w').raw().toBuffer();
      const expected = digits[s.class_idx!].get(Number(file.replace('.png', ''))).map((v) => Math.round(v * 255));
      expect([...pixels]).toEqual(expected);
    }
  });

  it('mnist: refuses more digits per class than the package has', async () => {
    await expect(addSampleDataset(t.project, 'mnist', () => {}, { mnistPerClass: 1_000_000 })).rejects.toThrow(/cannot take 1000000/);
  });
});
