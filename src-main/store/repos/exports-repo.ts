import type { Db } from '../database';
import { nowIso } from '../database';

export interface ExportRow {
  id: number;
  run_id: number | null;
  checkpoint_id: number | null;
  format: string;
  path: string;
  files: string;
  created_at: string;
}

export function insertExport(db: Db, e: { runId: number; checkpointId: number; format: string; path: string; files: string[] }): number {
  const r = db
    .prepare('INSERT INTO exports (run_id, checkpoint_id, format, path, files, created_at) VALUES (?, ?, ?, ?, ?, ?)')
    .run(e.runId, e.checkpointId, e.format, e.path, JSON.stringify(e.files), nowIso());
  return Number(r.lastInsertRowid);
}

export function listExports(db: Db): ExportRow[] {
  return db.prepare('SELECT * FROM exports ORDER BY id DESC').all() as ExportRow[];
}

export function getExport(db: Db, id: number): ExportRow | undefined {
  return db.prepare('SELECT * FROM exports WHERE id = ?').get(id) as ExportRow | undefined;
}

/** Points an export record at where its folder is now (a project imported from an archive). */
export function setExportPath(db: Db, id: number, path: string): void {
  db.prepare('UPDATE exports SET path = ? WHERE id = ?').run(path, id);
}
