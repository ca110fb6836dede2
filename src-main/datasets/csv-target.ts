import { isMissing, parseNumber, type CsvTable } from '../../src-shared/data/csv';
import type { Task } from '../../src-shared/data/dataset';
import { StudioError } from '../../src-shared/errors';
import type { ColumnProfile } from './csv-columns';
import { naturalCompare } from './natural-order';

/** A numeric target with more distinct values than this (or any fraction) is inferred as regression. */
export const MAX_CLASSES_FOR_INFERRED_CLASSIFICATION = 20;

/** The target column's index: its exact name, else a unique case-insensitive match. */
export function findTargetColumn(table: CsvTable, target: string, fileName: string): number {
  const exact = table.header.indexOf(target);
  if (exact >= 0) return exact;
  const wanted = target.trim().toLowerCase();
  const loose = table.header.flatMap((name, i) => (name.trim().toLowerCase() === wanted ? [i] : []));
  if (loose.length === 1) return loose[0];
  throw new StudioError('CSV_TARGET_MISSING', `${fileName} has no column "${target}" to predict (columns: ${table.header.join(', ')})`, {
    file: fileName,
    column: target,
    columns: table.header,
  });
}

/** Every row needs a target: the first empty one is named, with how many more there are. */
export function requireTargetValues(table: CsvTable, targetIndex: number, fileName: string): void {
  const lines: number[] = [];
  table.rows.forEach((row, r) => {
    if (isMissing(row[targetIndex])) lines.push(table.rowLines[r]);
  });
  if (lines.length === 0) return;
  const column = table.header[targetIndex];
  const more = lines.length > 1 ? ` (${lines.length} rows have no target, on lines ${lines.slice(0, 5).join(', ')}${lines.length > 5 ? ', …' : ''})` : '';
  throw new StudioError('CSV_VALUE_INVALID', `${fileName}, line ${lines[0]}: the target "${column}" is empty${more}; fill it in or remove the row`, {
    file: fileName,
    line: lines[0],
    column,
    rows: lines.length,
  });
}

export function inferTask(target: ColumnProfile): Task {
  if (target.type !== 'numeric') return 'classification';
  return target.distinct > MAX_CLASSES_FOR_INFERRED_CLASSIFICATION || !target.integers ? 'regression' : 'classification';
}

/** Regression needs numbers: the first text value is named by its line. */
export function requireNumericTarget(table: CsvTable, targetIndex: number, fileName: string): void {
  const column = table.header[targetIndex];
  table.rows.forEach((row, r) => {
    const cell = row[targetIndex];
    if (!isMissing(cell) && parseNumber(cell, table.decimalComma) === null) {
      const line = table.rowLines[r];
      throw new StudioError(
        'CSV_VALUE_INVALID',
        `${fileName}, line ${line}: the target "${column}" has "${cell.trim()}", which is not a number; regression needs a numeric target`,
        { file: fileName, line, column, value: cell.trim() },
      );
    }
  });
}

/** Class names in label order: numbers by value, text naturally ("class 2" before "class 10"). */
export function targetClasses(table: CsvTable, target: ColumnProfile, fileName: string): string[] {
  const names = new Set<string>();
  for (const row of table.rows) names.add(row[target.index].trim());
  const value = (s: string): number => parseNumber(s, table.decimalComma) ?? Number.NaN;
  const classes = [...names].sort((a, b) =>
    target.type === 'numeric' && value(a) !== value(b) ? value(a) - value(b) : naturalCompare(a, b),
  );
  if (classes.length < 2) {
    throw new StudioError(
      'CSV_TARGET_SINGLE_CLASS',
      `${fileName}: the target "${target.name}" has only one value ("${classes[0]}"); classification needs at least two classes`,
      { file: fileName, column: target.name, value: classes[0] },
    );
  }
  return classes;
}
