// Messages between main (RunManager, export, predict) and a worker process.
// One worker process per job; the job is sent once with `start`, then controls and reports flow.
// Both sides are Node code in src-main, so these are plain types (the data was validated at the API).

import type { Graph } from '../../../src-shared/graph/format';
import type { TrainConfig } from '../../../src-shared/training/config';
import type { BackendChoice, BackendId } from '../../../src-shared/training/backends';
import type { Preprocessing } from '../../../src-shared/data/preprocessing';
import type { ErrorPayload } from '../../../src-shared/errors';
import type { ColumnType, Task } from '../../../src-shared/data/dataset';

/** A table dataset: the CSV blob plus which rows go where. */
export interface TableDataSpec {
  kind: 'table';
  /** Absolute path of the CSV file (a blob in the project). */
  csvPath: string;
  /** The name the user imported it under, for error messages (defaults to the blob's file name). */
  fileName?: string;
  /** The dataset's name, for error messages. */
  datasetName?: string;
  /** Columns used as model inputs, in order, as detected at import. */
  features: { name: string; type: ColumnType }[];
  target: { name: string; task: Task };
  /** Classification: class names in label order (the label of a row is the index of its target value). */
  classes: string[];
  /** 0-based data-row indices (header excluded) per split. */
  rows: { train: number[]; val: number[] };
}

export interface ImageSample {
  path: string;
  label: number;
  name?: string;
}

/** An image dataset: files in the blob store with their class index. */
export interface ImageDataSpec {
  kind: 'images';
  /** The dataset's name, for error messages. */
  datasetName?: string;
  /** [height, width, channels]; channels 1 (grayscale) or 3 (RGB). */
  inputShape: [number, number, number];
  classes: string[];
  /** `name`: the file name the user imported, for error messages (defaults to the blob's file name). */
  samples: { train: ImageSample[]; val: ImageSample[] };
  /** Where the decoded, resized pixels may be cached (uint8, one record per sample). */
  cacheDir: string;
}

export type DataSpec = TableDataSpec | ImageDataSpec;

export interface TrainJob {
  type: 'train';
  runId: number;
  graph: Graph;
  config: TrainConfig;
  data: DataSpec;
  /** Folder for this run's checkpoints (inside the project's blobs/checkpoints). */
  checkpointDir: string;
}

export interface PredictJob {
  type: 'predict';
  /** Folder holding model.json + weights.bin of a checkpoint. */
  checkpointPath: string;
  preprocessing: Preprocessing;
  backend: BackendChoice;
  /** Tables: raw rows by column name. Images: file paths. */
  inputs: { kind: 'table'; rows: Record<string, string | number | null>[] } | { kind: 'images'; paths: string[] };
}

export interface ProbeJob {
  type: 'probe';
}

export type WorkerJob = TrainJob | PredictJob | ProbeJob;

/** main -> worker */
export type ToWorker =
  | { type: 'start'; job: WorkerJob }
  | { type: 'stop' }
  | { type: 'pause' }
  | { type: 'resume' };

export interface EpochMetrics {
  [name: string]: number;
}

/** worker -> main */
export type FromWorker =
  | { type: 'backend'; backend: BackendId }
  | { type: 'prepared'; preprocessing: Preprocessing; trainSamples: number; valSamples: number }
  | {
      type: 'progress';
      phase: 'preparing' | 'training' | 'validating';
      epoch: number;
      epochs: number;
      batch: number;
      batches: number;
      samplesPerSec: number;
      etaSeconds: number | null;
    }
  | { type: 'paused' }
  | { type: 'resumed' }
  | { type: 'epoch'; epoch: number; metrics: EpochMetrics }
  /** Written, fsynced and renamed before this is sent; main records it in the database. */
  | { type: 'checkpoint'; epoch: number; kind: 'final' | 'best' | 'periodic'; path: string; sha256: string }
  | { type: 'finished'; status: 'completed' | 'stopped' | 'diverged'; epochs: number }
  | { type: 'predictions'; outputs: number[][] }
  | { type: 'probe'; backends: { id: BackendId; available: boolean; reason: string | null }[] }
  | { type: 'failed'; error: ErrorPayload };
