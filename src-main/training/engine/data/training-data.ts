import type { Preprocessing } from '../../../../src-shared/data/preprocessing';

// What the training loop reads: encoded samples by index, one batch at a time. Sources decide
// where samples live (tables: small arrays in memory; images: a uint8 cache file on disk).

export interface Batch {
  /** size × product(inputShape) model inputs. */
  x: Float32Array;
  /** One target per sample: the class index, or the standardised regression value. */
  y: Float32Array;
  size: number;
}

export interface SplitSource {
  readonly count: number;
  /** Samples at these positions of the split (0 ≤ index < count), in the given order. */
  read(indices: readonly number[]): Promise<Batch>;
}

export interface TrainingData {
  /** One sample's input shape, without the batch dimension. */
  readonly inputShape: number[];
  readonly preprocessing: Preprocessing;
  readonly train: SplitSource;
  readonly val: SplitSource;
  /** Releases open files. */
  close(): Promise<void>;
}

/** Reported while a dataset is made ready (decoding images into the cache). */
export interface PrepareProgress {
  done: number;
  total: number;
}

export interface PrepareOptions {
  onProgress?: (progress: PrepareProgress) => void;
  /** Checked between files; preparation ends early with PreparationStopped when it returns true. */
  shouldStop?: () => boolean;
}

/** Thrown when preparation was asked to stop (the run was stopped before training began). */
export class PreparationStopped extends Error {
  constructor() {
    super('Preparation was stopped');
    this.name = 'PreparationStopped';
  }
}

/** A split held in memory as encoded rows. */
export function arraySplit(x: Float32Array, y: Float32Array, sampleSize: number): SplitSource {
  const count = y.length;
  return {
    count,
    async read(indices) {
      const out = new Float32Array(indices.length * sampleSize);
      const labels = new Float32Array(indices.length);
      indices.forEach((index, i) => {
        if (!(index >= 0 && index < count)) throw new RangeError(`Sample ${index} is outside the split (0…${count - 1})`);
        out.set(x.subarray(index * sampleSize, (index + 1) * sampleSize), i * sampleSize);
        labels[i] = y[index];
      });
      return { x: out, y: labels, size: indices.length };
    },
  };
}
