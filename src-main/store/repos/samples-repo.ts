import type { Db } from '../database';
import type { Split } from '../../../src-shared/data/dataset';

export interface SampleRow {
  id: number;
  dataset_id: number;
  blob_sha256: string | null;
  row_index: number | null;
  original_name: string | null;
  size: number | null;
  class_idx: number | null;
  split: Split;
}

export type NewSample = Omit<SampleRow, 'id' | 'dataset_id'>;

/** Inserts many samples; call inside a transaction. */
export function insertSamples(db: Db, datasetId: number, samples: NewSample[]): void {
  const stmt = db.prepare(
    `INSERT INTO samples (dataset_id, blob_sha256, row_index, original_name, size, class_idx, split)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const s of samples) stmt.run(datasetId, s.blob_sha256, s.row_index, s.original_name, s.size, s.class_idx, s.split);
}

export function listSamples(db: Db, datasetId: number, split?: Split): SampleRow[] {
  return split
    ? (db.prepare('SELECT * FROM samples WHERE dataset_id = ? AND split = ? ORDER BY id').all(datasetId, split) as SampleRow[])
    : (db.prepare('SELECT * FROM samples WHERE dataset_id = ? ORDER BY id').all(datasetId) as SampleRow[]);
}

export function pageSamples(db: Db, datasetId: number, offset: number, limit: number, split?: Split): { total: number; rows: SampleRow[] } {
  const where = split ? 'dataset_id = ? AND split = ?' : 'dataset_id = ?';
  const args: (number | string)[] = split ? [datasetId, split] : [datasetId];
  const total = (db.prepare(`SELECT COUNT(*) AS n FROM samples WHERE ${where}`).get(...args) as { n: number }).n;
  const rows = db.prepare(`SELECT * FROM samples WHERE ${where} ORDER BY id LIMIT ? OFFSET ?`).all(...args, limit, offset) as SampleRow[];
  return { total, rows };
}

export function getSamplesByIds(db: Db, ids: number[]): SampleRow[] {
  const stmt = db.prepare('SELECT * FROM samples WHERE id = ?');
  return ids.map((id) => stmt.get(id) as SampleRow | undefined).filter((s): s is SampleRow => s !== undefined);
}

export function splitCounts(db: Db, datasetId: number): Record<Split, number> {
  const rows = db.prepare('SELECT split, COUNT(*) AS n FROM samples WHERE dataset_id = ? GROUP BY split').all(datasetId) as { split: Split; n: number }[];
  const counts: Record<Split, number> = { train: 0, val: 0, test: 0 };
  for (const r of rows) counts[r.split] = r.n;
  return counts;
}

export function classCounts(db: Db, datasetId: number, classCount: number): number[] {
  const counts = new Array<number>(classCount).fill(0);
  const rows = db
    .prepare('SELECT class_idx, COUNT(*) AS n FROM samples WHERE dataset_id = ? AND class_idx IS NOT NULL GROUP BY class_idx')
    .all(datasetId) as { class_idx: number; n: number }[];
  for (const r of rows) if (r.class_idx < classCount) counts[r.class_idx] = r.n;
  return counts;
}
