import { StudioError } from '../errors';
import { isMissing, parseNumber, type CsvTable } from './csv';
import type { ColumnType, Task } from './dataset';
import type { CategoricalFeature, NumericFeature, Preprocessing, TargetSpec } from './preprocessing';

// Turns CSV rows into model inputs. Statistics come from the training rows only, so validation
// rows never leak into the scaling; the fitted Preprocessing is stored on the run and exported.

export interface TableEncodingSpec {
  /** Columns used as model inputs, in order. */
  features: { name: string; type: ColumnType }[];
  target: { name: string; task: Task };
  /** Classification: class names in label order. */
  classes: string[];
  /** Name shown in error messages (the file the user imported). */
  fileName?: string;
}

/** Encoded rows: `x` is rows × inputSize, `y` is the class index or the standardised target. */
export interface EncodedTable {
  x: Float32Array;
  y: Float32Array;
  rows: number;
  inputSize: number;
}

export type RawTableValue = string | number | null | undefined;

interface RowLocation {
  fileName: string;
  line: number;
}

function columnIndex(table: CsvTable, name: string, role: 'feature' | 'target', fileName: string): number {
  const index = table.header.indexOf(name);
  if (index < 0) {
    const code = role === 'target' ? 'CSV_TARGET_MISSING' : 'CSV_COLUMN_MISSING';
    throw new StudioError(code, `${fileName} has no column "${name}" (columns: ${table.header.join(', ')})`, {
      file: fileName,
      column: name,
    });
  }
  return index;
}

function rowAt(table: CsvTable, rowIndex: number, fileName: string): { cells: string[]; line: number } {
  const cells = table.rows[rowIndex];
  if (!Number.isInteger(rowIndex) || cells === undefined) {
    throw new StudioError('INVALID_INPUT', `${fileName} has no data row ${rowIndex} (it has ${table.rows.length})`, {
      file: fileName,
      row: rowIndex,
    });
  }
  return { cells, line: table.rowLines[rowIndex] };
}

function notANumber(where: RowLocation, column: string, cell: string): StudioError {
  return new StudioError('CSV_VALUE_INVALID', `${where.fileName}, line ${where.line}: column "${column}" has "${cell}", which is not a number`, {
    file: where.fileName,
    line: where.line,
    column,
    value: cell,
  });
}

/** A numeric cell, or null when missing; throws when it is text. */
function numericCell(cell: string, decimalComma: boolean, column: string, where: RowLocation): number | null {
  if (isMissing(cell)) return null;
  const value = parseNumber(cell, decimalComma);
  if (value === null) throw notANumber(where, column, cell);
  return value;
}

/** Running mean and variance (Welford), stable for large values. */
class RunningStats {
  count = 0;
  private mean = 0;
  private m2 = 0;

  add(value: number): void {
    this.count += 1;
    const delta = value - this.mean;
    this.mean += delta / this.count;
    this.m2 += delta * (value - this.mean);
  }

  /** Population statistics; no values → mean 0; zero spread → std 1 so scaling never divides by 0. */
  result(): { mean: number; std: number } {
    if (this.count === 0) return { mean: 0, std: 1 };
    const std = Math.sqrt(this.m2 / this.count);
    return { mean: this.mean, std: std > 0 && Number.isFinite(std) ? std : 1 };
  }
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function fitTablePreprocessing(table: CsvTable, spec: TableEncodingSpec, trainRowIndices: readonly number[]): Preprocessing {
  const fileName = spec.fileName ?? 'the CSV file';
  if (spec.features.length === 0) {
    throw new StudioError('CSV_NO_FEATURES', `${fileName}: no feature columns are selected`, { file: fileName });
  }
  if (trainRowIndices.length === 0) {
    throw new StudioError('SPLIT_EMPTY', `${fileName}: the training split has no rows`, { file: fileName, split: 'train' });
  }
  const featureColumns = spec.features.map((f) => columnIndex(table, f.name, 'feature', fileName));
  const targetColumn = columnIndex(table, spec.target.name, 'target', fileName);
  const numericStats = spec.features.map(() => new RunningStats());
  const categories = spec.features.map(() => new Set<string>());
  const targetStats = new RunningStats();

  for (const rowIndex of trainRowIndices) {
    const { cells, line } = rowAt(table, rowIndex, fileName);
    const where = { fileName, line };
    spec.features.forEach((feature, f) => {
      const cell = cells[featureColumns[f]];
      if (feature.type === 'numeric') {
        const value = numericCell(cell, table.decimalComma, feature.name, where);
        if (value !== null) numericStats[f].add(value);
      } else if (!isMissing(cell)) {
        categories[f].add(cell.trim());
      }
    });
    if (spec.target.task === 'regression') {
      targetStats.add(regressionTarget(cells[targetColumn], table.decimalComma, spec.target.name, where));
    } else {
      classificationLabel(cells[targetColumn], spec.classes, spec.target.name, where);
    }
  }

  const features: (NumericFeature | CategoricalFeature)[] = spec.features.map((feature, f) =>
    feature.type === 'numeric'
      ? { name: feature.name, type: 'numeric', ...numericStats[f].result() }
      : { name: feature.name, type: 'categorical', categories: [...categories[f]].sort(compareText) },
  );
  const size = features.reduce((n, f) => n + (f.type === 'numeric' ? 1 : f.categories.length), 0);
  if (size === 0) {
    throw new StudioError('CSV_NO_FEATURES', `${fileName}: the selected feature columns have no values in the training rows`, {
      file: fileName,
    });
  }
  const target: TargetSpec =
    spec.target.task === 'regression'
      ? { task: 'regression', name: spec.target.name, ...targetStats.result() }
      : { task: 'classification', name: spec.target.name, classes: [...spec.classes] };
  return { input: { kind: 'table', features, size }, target };
}

function regressionTarget(cell: string, decimalComma: boolean, column: string, where: RowLocation): number {
  const value = numericCell(cell, decimalComma, column, where);
  if (value === null) {
    throw new StudioError('CSV_VALUE_INVALID', `${where.fileName}, line ${where.line}: the target "${column}" is empty`, {
      file: where.fileName,
      line: where.line,
      column,
    });
  }
  return value;
}

function classificationLabel(cell: string, classes: readonly string[], column: string, where: RowLocation): number {
  const value = cell.trim();
  const label = classes.indexOf(value);
  if (label >= 0) return label;
  const problem = isMissing(value) ? 'is empty' : `has "${value}", which is not one of the classes (${classes.join(', ')})`;
  throw new StudioError('CSV_VALUE_INVALID', `${where.fileName}, line ${where.line}: the target "${column}" ${problem}`, {
    file: where.fileName,
    line: where.line,
    column,
    value,
  });
}

/** Writes one encoded row into `out` at `offset`; `value(f)` returns the feature's number or text (null when missing). */
function encodeInto(preprocessing: Preprocessing, value: (featureIndex: number) => number | string | null, out: Float32Array | number[], offset: number): void {
  const input = preprocessing.input;
  if (input.kind !== 'table') throw new StudioError('INVALID_INPUT', 'This preprocessing is for images, not table rows');
  let at = offset;
  input.features.forEach((feature, f) => {
    const v = value(f);
    if (feature.type === 'numeric') {
      const x = typeof v === 'number' ? v : feature.mean;
      out[at] = (x - feature.mean) / feature.std;
      at += 1;
    } else {
      for (let c = 0; c < feature.categories.length; c += 1) out[at + c] = 0;
      const hit = v === null ? -1 : feature.categories.indexOf(String(v));
      if (hit >= 0) out[at + hit] = 1;
      at += feature.categories.length;
    }
  });
}

/** Encodes rows of the table the preprocessing was fitted on (or one with the same columns). */
export function encodeTableRows(table: CsvTable, preprocessing: Preprocessing, rowIndices: readonly number[], fileName = 'the CSV file'): EncodedTable {
  const input = preprocessing.input;
  if (input.kind !== 'table') throw new StudioError('INVALID_INPUT', 'This preprocessing is for images, not table rows');
  const target = preprocessing.target;
  const targetName = target.name;
  if (targetName === null) throw new StudioError('INVALID_INPUT', 'This preprocessing names no target column');
  const featureColumns = input.features.map((f) => columnIndex(table, f.name, 'feature', fileName));
  const targetColumn = columnIndex(table, targetName, 'target', fileName);
  const x = new Float32Array(rowIndices.length * input.size);
  const y = new Float32Array(rowIndices.length);
  rowIndices.forEach((rowIndex, r) => {
    const { cells, line } = rowAt(table, rowIndex, fileName);
    const where = { fileName, line };
    encodeInto(
      preprocessing,
      (f) => {
        const feature = input.features[f];
        const cell = cells[featureColumns[f]];
        if (feature.type === 'numeric') return numericCell(cell, table.decimalComma, feature.name, where);
        return isMissing(cell) ? null : cell.trim();
      },
      x,
      r * input.size,
    );
    y[r] =
      target.task === 'regression'
        ? (regressionTarget(cells[targetColumn], table.decimalComma, targetName, where) - target.mean) / target.std
        : classificationLabel(cells[targetColumn], target.classes, targetName, where);
  });
  return { x, y, rows: rowIndices.length, inputSize: input.size };
}

/** Text typed by a person or read from another file: accepts "3.5" and "3,5". */
function looseNumber(value: string): number | null {
  return parseNumber(value, false) ?? (value.includes(',') ? parseNumber(value, true) : null);
}

/** One row given by column name (prediction inputs). A category never seen in training encodes as all zeros. */
export function encodeTableRow(preprocessing: Preprocessing, valuesByName: Record<string, RawTableValue>): number[] {
  const input = preprocessing.input;
  if (input.kind !== 'table') throw new StudioError('INVALID_INPUT', 'This preprocessing is for images, not table rows');
  const out = new Array<number>(input.size).fill(0);
  encodeInto(
    preprocessing,
    (f) => {
      const feature = input.features[f];
      const raw = valuesByName[feature.name];
      if (raw === null || raw === undefined) return null;
      if (typeof raw === 'number') {
        if (!Number.isFinite(raw)) return null;
        return feature.type === 'numeric' ? raw : String(raw);
      }
      if (isMissing(raw)) return null;
      if (feature.type === 'categorical') return raw.trim();
      const value = looseNumber(raw.trim());
      if (value === null) {
        throw new StudioError('CSV_VALUE_INVALID', `column "${feature.name}" has "${raw}", which is not a number`, {
          column: feature.name,
          value: raw,
        });
      }
      return value;
    },
    out,
    0,
  );
  return out;
}

/** A regression model output back in the target's own units. */
export function decodeRegression(preprocessing: Preprocessing, y: number): number {
  const target = preprocessing.target;
  if (target.task !== 'regression') throw new StudioError('INVALID_INPUT', 'decodeRegression needs a regression target');
  return y * target.std + target.mean;
}
