import { isMissing, parseNumber, type CsvTable } from '../../src-shared/data/csv';
import type { ColumnRole, ColumnType } from '../../src-shared/data/dataset';
import type { ColumnRow } from '../store/repos/columns-repo';

// What each CSV column holds, read from every row: its type, statistics and role.

export interface ColumnProfile {
  index: number;
  name: string;
  type: ColumnType;
  missing: number;
  /** Non-missing cells. */
  present: number;
  /** Numeric columns: distinct values; categorical: distinct trimmed texts. */
  distinct: number;
  min: number | null;
  max: number | null;
  mean: number | null;
  /** Numeric and every value a whole number. */
  integers: boolean;
}

export function profileColumn(table: CsvTable, index: number): ColumnProfile {
  let missing = 0;
  let numeric = true;
  let integers = true;
  let sum = 0;
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  const texts = new Set<string>();
  const values = new Set<number>();
  for (const row of table.rows) {
    const cell = row[index];
    if (isMissing(cell)) {
      missing += 1;
      continue;
    }
    texts.add(cell.trim());
    if (!numeric) continue;
    const v = parseNumber(cell, table.decimalComma);
    if (v === null) {
      numeric = false;
      continue;
    }
    values.add(v);
    sum += v;
    if (v < min) min = v;
    if (v > max) max = v;
    if (!Number.isInteger(v)) integers = false;
  }
  const present = table.rows.length - missing;
  const isNumeric = numeric && present > 0;
  return {
    index,
    name: table.header[index],
    type: isNumeric ? 'numeric' : 'categorical',
    missing,
    present,
    distinct: isNumeric ? values.size : texts.size,
    min: isNumeric ? min : null,
    max: isNumeric ? max : null,
    mean: isNumeric ? sum / present : null,
    integers: isNumeric && integers,
  };
}

// Names that announce a row identifier: "id", "ID", "index", "Unnamed: 0" (pandas), "PassengerId", "customer_id".
const ID_NAME = /^(id|idx|index|row|rownum|row[ _-]?(id|number|no)|#|no\.?|unnamed: ?\d*)$/i;
const ID_SUFFIX = /([ _.-]id|[a-z0-9]I[dD])$/;

export function looksLikeIdName(name: string): boolean {
  return ID_NAME.test(name.trim()) || ID_SUFFIX.test(name.trim());
}

/**
 * An identifier tells the model nothing that generalises. Text: every row has its own value.
 * Numbers: distinct whole numbers in every row that either form a consecutive run (row numbers,
 * 1001…1150) or sit under an id-like name. Distinct integers alone are not enough: a small table
 * of areas or years would lose a real feature.
 */
export function isIdLike(p: ColumnProfile, rowCount: number): boolean {
  if (p.missing > 0 || p.distinct !== rowCount || rowCount < 2) return false;
  if (p.type === 'categorical') return true;
  if (!p.integers) return false;
  const consecutive = p.max !== null && p.min !== null && p.max - p.min + 1 === rowCount;
  return consecutive || looksLikeIdName(p.name);
}

/** Why a column is left out of the inputs, or null when it is a feature. */
export function ignoreReason(p: ColumnProfile, rowCount: number): string | null {
  if (p.present === 0) return 'is empty';
  if (isIdLike(p, rowCount)) return 'looks like an identifier (a different value in every row)';
  return null;
}

export function inferRole(p: ColumnProfile, targetIndex: number, rowCount: number): ColumnRole {
  if (p.index === targetIndex) return 'target';
  return ignoreReason(p, rowCount) === null ? 'feature' : 'ignore';
}

export function toColumnRow(p: ColumnProfile, role: ColumnRole): ColumnRow {
  return { idx: p.index, name: p.name, type: p.type, role, missing: p.missing, min: p.min, max: p.max, mean: p.mean, distinct_count: p.distinct };
}
