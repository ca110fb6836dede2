import type { Db } from '../database';

/** Stores one epoch's metrics and advances the run's epoch count, atomically. */
export function recordEpoch(db: Db, runId: number, epoch: number, metrics: Record<string, number>): void {
  const insert = db.prepare('INSERT OR REPLACE INTO metrics (run_id, epoch, step, name, value) VALUES (?, ?, -1, ?, ?)');
  db.transaction(() => {
    for (const [name, value] of Object.entries(metrics)) {
      if (Number.isFinite(value)) insert.run(runId, epoch, name, value);
    }
    db.prepare('UPDATE runs SET epochs_completed = MAX(epochs_completed, ?) WHERE id = ?').run(epoch, runId);
  })();
}

export function metricSeries(db: Db, runId: number): Record<string, { epoch: number; value: number }[]> {
  const rows = db
    .prepare('SELECT name, epoch, value FROM metrics WHERE run_id = ? AND step = -1 ORDER BY name, epoch')
    .all(runId) as { name: string; epoch: number; value: number }[];
  const series: Record<string, { epoch: number; value: number }[]> = {};
  for (const r of rows) (series[r.name] ??= []).push({ epoch: r.epoch, value: r.value });
  return series;
}

export function lastEpochMetrics(db: Db, runId: number): Record<string, number> | null {
  const rows = db
    .prepare(
      `SELECT name, value FROM metrics WHERE run_id = ? AND step = -1
       AND epoch = (SELECT MAX(epoch) FROM metrics WHERE run_id = ? AND step = -1)`,
    )
    .all(runId, runId) as { name: string; value: number }[];
  if (rows.length === 0) return null;
  return Object.fromEntries(rows.map((r) => [r.name, r.value]));
}
