import type { Db } from '../database';
import { nowIso } from '../database';

export interface ModelRow {
  id: number;
  name: string;
  dataset_id: number | null;
  template: string | null;
  created_at: string;
  updated_at: string;
  version: number;
  version_id: number;
  graph: string;
}

const SELECT_LATEST = `
  SELECT m.id, m.name, m.dataset_id, m.template, m.created_at, m.updated_at, v.version, v.id AS version_id, v.graph
  FROM models m JOIN model_versions v ON v.model_id = m.id
  WHERE v.version = (SELECT MAX(version) FROM model_versions WHERE model_id = m.id)`;

export function createModel(db: Db, m: { name: string; datasetId: number | null; template: string | null; graphJson: string }): number {
  return db.transaction(() => {
    const now = nowIso();
    const r = db.prepare('INSERT INTO models (name, dataset_id, template, created_at, updated_at) VALUES (?, ?, ?, ?, ?)').run(m.name, m.datasetId, m.template, now, now);
    const id = Number(r.lastInsertRowid);
    db.prepare('INSERT INTO model_versions (model_id, version, graph, created_at) VALUES (?, 1, ?, ?)').run(id, m.graphJson, now);
    return id;
  })();
}

/** Adds a new version (graphs are never overwritten: runs point at the version they trained). */
export function addModelVersion(db: Db, modelId: number, m: { name: string; datasetId: number | null; graphJson: string }): void {
  db.transaction(() => {
    const now = nowIso();
    const { v } = db.prepare('SELECT COALESCE(MAX(version), 0) AS v FROM model_versions WHERE model_id = ?').get(modelId) as { v: number };
    db.prepare('INSERT INTO model_versions (model_id, version, graph, created_at) VALUES (?, ?, ?, ?)').run(modelId, v + 1, m.graphJson, now);
    db.prepare('UPDATE models SET name = ?, dataset_id = ?, updated_at = ? WHERE id = ?').run(m.name, m.datasetId, now, modelId);
  })();
}

export function listModels(db: Db): ModelRow[] {
  return db.prepare(`${SELECT_LATEST} ORDER BY m.id`).all() as ModelRow[];
}

export function getModel(db: Db, id: number): ModelRow | undefined {
  return db.prepare(`${SELECT_LATEST} AND m.id = ?`).get(id) as ModelRow | undefined;
}

export function getModelVersion(db: Db, versionId: number): { model_id: number; version: number; graph: string } | undefined {
  return db.prepare('SELECT model_id, version, graph FROM model_versions WHERE id = ?').get(versionId) as
    | { model_id: number; version: number; graph: string }
    | undefined;
}

export function modelNameTaken(db: Db, name: string): boolean {
  return db.prepare('SELECT 1 FROM models WHERE name = ?').get(name) !== undefined;
}
