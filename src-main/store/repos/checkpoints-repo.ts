import type { Db } from '../database';
import { nowIso } from '../database';

export interface CheckpointRow {
  id: number;
  run_id: number;
  epoch: number;
  kind: 'final' | 'best' | 'periodic';
  path: string;
  sha256: string;
  metric_name: string | null;
  metric_value: number | null;
  created_at: string;
}

/** `path` is relative to the project folder. Record only after the files are on disk. */
export function insertCheckpoint(db: Db, c: { runId: number; epoch: number; kind: CheckpointRow['kind']; path: string; sha256: string }): number {
  const r = db
    .prepare('INSERT INTO checkpoints (run_id, epoch, kind, path, sha256, created_at) VALUES (?, ?, ?, ?, ?, ?)')
    .run(c.runId, c.epoch, c.kind, c.path, c.sha256, nowIso());
  return Number(r.lastInsertRowid);
}

export function listCheckpoints(db: Db, runId: number): CheckpointRow[] {
  return db.prepare('SELECT * FROM checkpoints WHERE run_id = ? ORDER BY epoch, id').all(runId) as CheckpointRow[];
}

/** The checkpoint export and predict use: the final one, else the latest. */
export function latestCheckpoint(db: Db, runId: number): CheckpointRow | undefined {
  return db
    .prepare(`SELECT * FROM checkpoints WHERE run_id = ? ORDER BY (kind = 'final') DESC, epoch DESC, id DESC LIMIT 1`)
    .get(runId) as CheckpointRow | undefined;
}
