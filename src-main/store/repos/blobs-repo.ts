import type { Db } from '../database';
import { nowIso } from '../database';

export function recordBlob(db: Db, sha256: string, size: number, mime: string | null): void {
  db.prepare('INSERT OR IGNORE INTO blobs (sha256, size, mime, created_at) VALUES (?, ?, ?, ?)').run(sha256, size, mime, nowIso());
}
