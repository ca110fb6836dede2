import { StudioError } from '../../../../src-shared/errors';
import type { DataSpec } from '../../worker/protocol';
import { loadImageData } from './image-data';
import { loadTableData } from './table-data';
import type { PrepareOptions, TrainingData } from './training-data';

/** Makes a dataset ready for training: tables are encoded in memory, images cached on disk. */
export async function prepareTrainingData(spec: DataSpec, options: PrepareOptions = {}): Promise<TrainingData> {
  const trainCount = spec.kind === 'table' ? spec.rows.train.length : spec.samples.train.length;
  if (trainCount === 0) {
    throw new StudioError('SPLIT_EMPTY', 'The training split has no samples', { split: 'train' });
  }
  return spec.kind === 'table' ? loadTableData(spec) : loadImageData(spec, options);
}
