import type { CsvTable } from '../../src-shared/data/csv';
import type { Task } from '../../src-shared/data/dataset';
import { fitTablePreprocessing } from '../../src-shared/data/table-encoding';
import { StudioError } from '../../src-shared/errors';
import type { ColumnRow } from '../store/repos/columns-repo';
import type { NewSample } from '../store/repos/samples-repo';
import { ignoreReason, inferRole, profileColumn, toColumnRow } from './csv-columns';
import { findTargetColumn, inferTask, requireNumericTarget, requireTargetValues, targetClasses } from './csv-target';
import { assignSplits } from './split-assignment';

/** Fewer data rows than this cannot give a meaningful train/validation split. */
export const MIN_TABLE_ROWS = 10;

export interface TablePlanOptions {
  /** Name used in messages (the file the user picked). */
  fileName: string;
  target: string;
  /** Leave out to infer from the target column. */
  task?: Task;
  seed: number;
}

/** Everything a table dataset stores, decided before anything is written. */
export interface TablePlan {
  columns: ColumnRow[];
  targetName: string;
  task: Task;
  classes: string[];
  /** One per data row, in row order. */
  samples: NewSample[];
  /** [encoded width]: numeric features 1 each, categorical ones their categories seen in train rows. */
  inputShape: number[];
}

export function planTableDataset(table: CsvTable, options: TablePlanOptions): TablePlan {
  const { fileName, seed } = options;
  const targetIndex = findTargetColumn(table, options.target, fileName);
  const rowCount = table.rows.length;
  if (rowCount < MIN_TABLE_ROWS) {
    throw new StudioError(
      'CSV_TOO_FEW_ROWS',
      `${fileName} has ${rowCount} data row${rowCount === 1 ? '' : 's'}; at least ${MIN_TABLE_ROWS} are needed to train and validate`,
      { file: fileName, rows: rowCount, minimum: MIN_TABLE_ROWS },
    );
  }
  requireTargetValues(table, targetIndex, fileName);

  const profiles = table.header.map((_, i) => profileColumn(table, i));
  const target = profiles[targetIndex];
  const task = options.task ?? inferTask(target);
  if (task === 'regression') requireNumericTarget(table, targetIndex, fileName);
  const classes = task === 'classification' ? targetClasses(table, target, fileName) : [];

  const columns = profiles.map((p) => toColumnRow(p, inferRole(p, targetIndex, rowCount)));
  const features = columns.filter((c) => c.role === 'feature');
  if (features.length === 0) throw noFeatures(fileName, profiles, targetIndex, rowCount);

  const classIndex = new Map(classes.map((name, i) => [name, i]));
  const labels = table.rows.map((row) => (task === 'classification' ? classIndex.get(row[targetIndex].trim())! : 0));
  const splits = assignSplits(labels, seed);
  const trainRows = splits.flatMap((s, r) => (s === 'train' ? [r] : []));
  const preprocessing = fitTablePreprocessing(
    table,
    { features: features.map((c) => ({ name: c.name, type: c.type })), target: { name: target.name, task }, classes, fileName },
    trainRows,
  );
  if (preprocessing.input.kind !== 'table') throw new Error('table preprocessing expected');

  const samples: NewSample[] = table.rows.map((_, r) => ({
    blob_sha256: null,
    row_index: r,
    original_name: null,
    size: null,
    class_idx: task === 'classification' ? labels[r] : null,
    split: splits[r],
  }));
  return { columns, targetName: target.name, task, classes, samples, inputShape: [preprocessing.input.size] };
}

function noFeatures(fileName: string, profiles: ReturnType<typeof profileColumn>[], targetIndex: number, rowCount: number): StudioError {
  const target = profiles[targetIndex].name;
  const others = profiles.filter((p) => p.index !== targetIndex);
  if (others.length === 0) {
    return new StudioError('CSV_NO_FEATURES', `${fileName} has only the target column "${target}"; add at least one column to learn from`, {
      file: fileName,
      target,
    });
  }
  const reasons = others.map((p) => `"${p.name}" ${ignoreReason(p, rowCount)}`);
  return new StudioError('CSV_NO_FEATURES', `${fileName} has no column to learn from besides the target "${target}": ${reasons.join('; ')}`, {
    file: fileName,
    target,
    columns: others.map((p) => p.name),
  });
}
