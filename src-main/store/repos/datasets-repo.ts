import type { Db } from '../database';
import { nowIso } from '../database';
import type { DatasetKind, Task } from '../../../src-shared/data/dataset';

export interface DatasetRow {
  id: number;
  name: string;
  kind: DatasetKind;
  task: Task;
  source: string;
  source_blob: string | null;
  target_column: string | null;
  input_shape: string;
  split_seed: number;
  created_at: string;
}

export interface NewDataset {
  name: string;
  kind: DatasetKind;
  task: Task;
  source: string;
  sourceBlob: string | null;
  targetColumn: string | null;
  inputShape: number[];
  splitSeed: number;
}

export function insertDataset(db: Db, d: NewDataset): number {
  const r = db
    .prepare(
      `INSERT INTO datasets (name, kind, task, source, source_blob, target_column, input_shape, split_seed, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(d.name, d.kind, d.task, d.source, d.sourceBlob, d.targetColumn, JSON.stringify(d.inputShape), d.splitSeed, nowIso());
  return Number(r.lastInsertRowid);
}

export function listDatasets(db: Db): DatasetRow[] {
  return db.prepare('SELECT * FROM datasets ORDER BY id').all() as DatasetRow[];
}

export function getDataset(db: Db, id: number): DatasetRow | undefined {
  return db.prepare('SELECT * FROM datasets WHERE id = ?').get(id) as DatasetRow | undefined;
}

export function deleteDataset(db: Db, id: number): void {
  db.prepare('DELETE FROM datasets WHERE id = ?').run(id);
}

export function datasetNameTaken(db: Db, name: string): boolean {
  return db.prepare('SELECT 1 FROM datasets WHERE name = ?').get(name) !== undefined;
}
