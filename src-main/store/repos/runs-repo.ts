import type { Db } from '../database';
import { nowIso } from '../database';
import type { RunStatus } from '../../../src-shared/training/run-status';
import type { BackendId } from '../../../src-shared/training/backends';

export interface RunRow {
  id: number;
  model_version_id: number;
  dataset_id: number;
  status: RunStatus;
  config: string;
  backend: BackendId | null;
  seed: number;
  preprocessing: string | null;
  error: string | null;
  epochs_completed: number;
  created_at: string;
  started_at: string | null;
  finished_at: string | null;
}

/** A run row joined with the names the UI shows. */
export interface RunListRow extends RunRow {
  model_id: number;
  model_name: string;
  model_version: number;
  dataset_name: string;
  task: 'classification' | 'regression';
}

const SELECT_LIST = `
  SELECT r.*, v.model_id, m.name AS model_name, v.version AS model_version, d.name AS dataset_name, d.task
  FROM runs r
  JOIN model_versions v ON v.id = r.model_version_id
  JOIN models m ON m.id = v.model_id
  JOIN datasets d ON d.id = r.dataset_id`;

export function insertRun(db: Db, r: { modelVersionId: number; datasetId: number; configJson: string; seed: number }): number {
  const res = db
    .prepare(`INSERT INTO runs (model_version_id, dataset_id, status, config, seed, created_at) VALUES (?, ?, 'queued', ?, ?, ?)`)
    .run(r.modelVersionId, r.datasetId, r.configJson, r.seed, nowIso());
  return Number(res.lastInsertRowid);
}

export function listRuns(db: Db): RunListRow[] {
  return db.prepare(`${SELECT_LIST} ORDER BY r.id DESC`).all() as RunListRow[];
}

export function getRun(db: Db, id: number): RunListRow | undefined {
  return db.prepare(`${SELECT_LIST} WHERE r.id = ?`).get(id) as RunListRow | undefined;
}

export function setRunStatus(db: Db, id: number, status: RunStatus): void {
  db.prepare('UPDATE runs SET status = ? WHERE id = ?').run(status, id);
}

export function markRunStarted(db: Db, id: number, backend: BackendId): void {
  db.prepare(`UPDATE runs SET status = 'running', backend = ?, started_at = COALESCE(started_at, ?) WHERE id = ?`).run(backend, nowIso(), id);
}

export function setRunPreprocessing(db: Db, id: number, preprocessingJson: string): void {
  db.prepare('UPDATE runs SET preprocessing = ? WHERE id = ?').run(preprocessingJson, id);
}

export function finishRun(db: Db, id: number, status: RunStatus, errorJson: string | null): void {
  db.prepare('UPDATE runs SET status = ?, error = ?, finished_at = ? WHERE id = ?').run(status, errorJson, nowIso(), id);
}

/** Runs a previous process left active can have no worker now: they become `interrupted`. */
export function interruptOrphanedRuns(db: Db, liveRunIds: ReadonlySet<number>): number[] {
  const rows = db.prepare(`SELECT id FROM runs WHERE status IN ('queued', 'running', 'paused')`).all() as { id: number }[];
  const orphaned = rows.map((r) => r.id).filter((id) => !liveRunIds.has(id));
  const stmt = db.prepare(`UPDATE runs SET status = 'interrupted', finished_at = ? WHERE id = ?`);
  db.transaction(() => {
    for (const id of orphaned) stmt.run(nowIso(), id);
  })();
  return orphaned;
}

export function runsUsingDataset(db: Db, datasetId: number): number {
  return (db.prepare('SELECT COUNT(*) AS n FROM runs WHERE dataset_id = ?').get(datasetId) as { n: number }).n;
}
