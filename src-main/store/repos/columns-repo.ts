import type { Db } from '../database';
import type { ColumnRole, ColumnType } from '../../../src-shared/data/dataset';

export interface ColumnRow {
  idx: number;
  name: string;
  type: ColumnType;
  role: ColumnRole;
  missing: number;
  min: number | null;
  max: number | null;
  mean: number | null;
  distinct_count: number;
}

export function insertColumns(db: Db, datasetId: number, columns: ColumnRow[]): void {
  const stmt = db.prepare(
    `INSERT INTO columns (dataset_id, idx, name, type, role, missing, min, max, mean, distinct_count)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const c of columns) stmt.run(datasetId, c.idx, c.name, c.type, c.role, c.missing, c.min, c.max, c.mean, c.distinct_count);
}

export function listColumns(db: Db, datasetId: number): ColumnRow[] {
  return db
    .prepare('SELECT idx, name, type, role, missing, min, max, mean, distinct_count FROM columns WHERE dataset_id = ? ORDER BY idx')
    .all(datasetId) as ColumnRow[];
}
