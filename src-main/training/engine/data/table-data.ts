import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { parseCsv } from '../../../../src-shared/data/csv';
import { encodeTableRows, fitTablePreprocessing } from '../../../../src-shared/data/table-encoding';
import { StudioError } from '../../../../src-shared/errors';
import type { TableDataSpec } from '../../worker/protocol';
import { arraySplit, type TrainingData } from './training-data';

/** Reads the CSV, fits preprocessing on the training rows and encodes both splits. */
export async function loadTableData(spec: TableDataSpec): Promise<TrainingData> {
  const fileName = spec.fileName ?? basename(spec.csvPath);
  let text: string;
  try {
    text = await readFile(spec.csvPath, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new StudioError('FILE_NOT_FOUND', `${fileName} cannot be read (${code ?? 'unknown error'})`, { file: fileName });
  }
  const table = parseCsv(text, { fileName });
  const preprocessing = fitTablePreprocessing(table, { ...spec, fileName }, spec.rows.train);
  const train = encodeTableRows(table, preprocessing, spec.rows.train, fileName);
  const val = encodeTableRows(table, preprocessing, spec.rows.val, fileName);
  const size = train.inputSize;
  return {
    inputShape: [size],
    preprocessing,
    train: arraySplit(train.x, train.y, size),
    val: arraySplit(val.x, val.y, size),
    async close() {},
  };
}
