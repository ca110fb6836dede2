import type { Db } from '../database';
import { nowIso } from '../database';

export interface ProjectRow {
  name: string;
  created_at: string;
  app_version: string;
}

export function initProject(db: Db, name: string, appVersion: string): void {
  db.prepare('INSERT INTO project (id, name, created_at, app_version) VALUES (1, ?, ?, ?)').run(name, nowIso(), appVersion);
}

export function getProject(db: Db): ProjectRow | undefined {
  return db.prepare('SELECT name, created_at, app_version FROM project WHERE id = 1').get() as ProjectRow | undefined;
}

export function renameProject(db: Db, name: string): void {
  db.prepare('UPDATE project SET name = ? WHERE id = 1').run(name);
}
