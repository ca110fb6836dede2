import type { Db } from '../database';

export function insertClasses(db: Db, datasetId: number, names: string[]): void {
  const stmt = db.prepare('INSERT INTO classes (dataset_id, idx, name) VALUES (?, ?, ?)');
  names.forEach((name, idx) => stmt.run(datasetId, idx, name));
}

export function listClasses(db: Db, datasetId: number): string[] {
  return (db.prepare('SELECT name FROM classes WHERE dataset_id = ? ORDER BY idx').all(datasetId) as { name: string }[]).map((r) => r.name);
}
