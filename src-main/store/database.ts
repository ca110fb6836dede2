import Database from 'better-sqlite3';
import { StudioError } from '../../src-shared/errors';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from './migrations';

export type Db = Database.Database;

/**
 * Opens (creating if needed) a project database: WAL, foreign keys on, migrations applied.
 * A database written by a newer app (user_version above what we know) is refused untouched.
 */
export function openDatabase(file: string, options: { readonly?: boolean } = {}): Db {
  let db: Db;
  try {
    db = new Database(file, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
  } catch (err) {
    throw new StudioError('PROJECT_DB_CORRUPT', `Cannot open ${file}: ${(err as Error).message}`, { file });
  }
  try {
    // Check the version before anything writes to the file: a newer database stays untouched.
    refuseNewerSchema(db, file);
    if (!options.readonly) db.pragma('journal_mode = WAL');
    // NORMAL with WAL survives a killed process; only a power cut can lose the last commits.
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    if (!options.readonly) migrate(db, file);
    return db;
  } catch (err) {
    db.close();
    if (err instanceof StudioError) throw err;
    throw new StudioError('PROJECT_DB_CORRUPT', `${file} is not a readable project database: ${(err as Error).message}`, { file });
  }
}

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

function refuseNewerSchema(db: Db, file: string): void {
  const current = schemaVersion(db);
  if (current > LATEST_SCHEMA_VERSION) {
    throw new StudioError(
      'PROJECT_DB_TOO_NEW',
      `${file} was saved by a newer version of Neurona Studio (schema ${current}; this app knows up to ${LATEST_SCHEMA_VERSION}). Update the app to open it.`,
      { file, version: current, supported: LATEST_SCHEMA_VERSION },
    );
  }
}

export function migrate(db: Db, file = 'project.db'): void {
  refuseNewerSchema(db, file);
  const current = schemaVersion(db);
  for (const m of MIGRATIONS) {
    if (m.version <= current) continue;
    db.transaction(() => {
      db.exec(m.sql);
      db.pragma(`user_version = ${m.version}`);
    })();
  }
}

export function nowIso(): string {
  return new Date().toISOString();
}
