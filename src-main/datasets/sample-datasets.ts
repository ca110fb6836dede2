import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SampleDatasetId } from '../../src-shared/data/dataset';
import { StudioError } from '../../src-shared/errors';
import type { OpenProject } from '../store/project-registry';
import { decodeCsvBytes } from './csv-file-text';
import { importCsvText } from './csv-import';
import type { ImportProgress } from './import-progress';
import { importMnistSample } from './mnist-sample';
import { DEFAULT_SPLIT_SEED } from './split-assignment';
import { generateTwoMoons, twoMoonsCsv } from './two-moons';

export interface SampleOptions {
  /** MNIST digits per class (tests use a few; the built-in sample has 150). */
  mnistPerClass?: number;
  /** The dataset's name, e.g. in the user's language; each sample has an English default. */
  name?: string;
}

/**
 * resources/samples, found by walking up from this code: src-main/datasets (tests), out/main or
 * out/main/chunks (built app); a packaged app keeps it under process.resourcesPath.
 */
export function findSamplesDir(start: string = dirname(fileURLToPath(import.meta.url))): string {
  const tried: string[] = [];
  for (let dir = start; ; dir = dirname(dir)) {
    const candidate = join(dir, 'resources', 'samples');
    tried.push(candidate);
    if (existsSync(join(candidate, 'iris.csv'))) return candidate;
    if (dirname(dir) === dir) break;
  }
  const resourcesPath = (process as { resourcesPath?: string }).resourcesPath;
  if (resourcesPath) {
    for (const candidate of [join(resourcesPath, 'samples'), join(resourcesPath, 'resources', 'samples')]) {
      tried.push(candidate);
      if (existsSync(join(candidate, 'iris.csv'))) return candidate;
    }
  }
  throw new StudioError('FILE_NOT_FOUND', `The built-in sample datasets are missing (looked for resources/samples/iris.csv from ${start})`, {
    file: 'resources/samples/iris.csv',
    tried,
  });
}

type SampleImporter = (project: OpenProject, onProgress: ImportProgress, options: SampleOptions) => Promise<number>;

const SAMPLE_IMPORTERS: Record<SampleDatasetId, SampleImporter> = {
  iris: async (project, onProgress, options) => {
    const bytes = readFileSync(join(findSamplesDir(), 'iris.csv'));
    onProgress(0, 1);
    const id = await importCsvText(project, {
      text: decodeCsvBytes(bytes, 'iris.csv').text,
      fileName: 'iris.csv',
      name: options.name ?? 'Iris',
      source: 'sample:iris',
      target: 'species',
      task: 'classification',
      seed: DEFAULT_SPLIT_SEED,
    });
    onProgress(1, 1);
    return id;
  },
  binary: async (project, onProgress, options) => {
    onProgress(0, 1);
    const id = await importCsvText(project, {
      text: twoMoonsCsv(generateTwoMoons()),
      fileName: 'two-moons.csv',
      name: options.name ?? 'Two moons (binary)',
      source: 'sample:binary',
      target: 'label',
      task: 'classification',
      seed: DEFAULT_SPLIT_SEED,
    });
    onProgress(1, 1);
    return id;
  },
  mnist: (project, onProgress, options) => importMnistSample(project, { name: options.name ?? 'MNIST digits', perClass: options.mnistPerClass }, onProgress),
};

/** Adds a built-in dataset to the project; adding one twice gives "Iris (2)". Returns its id. */
export function addSampleDataset(project: OpenProject, sample: SampleDatasetId, onProgress: ImportProgress, options: SampleOptions = {}): Promise<number> {
  return SAMPLE_IMPORTERS[sample](project, onProgress, options);
}
