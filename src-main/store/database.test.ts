import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, rmSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openDatabase, schemaVersion } from './database';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from './migrations';
import { StudioError } from '../../src-shared/errors';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'neurona-db-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('migrations', () => {
  it('the list matches the numbered files in the folder, in order, without gaps', () => {
    const files = readdirSync(join(__dirname, 'migrations')).filter((f) => f.endsWith('.sql')).sort();
    expect(files.map((f) => f.replace(/\.sql$/, ''))).toEqual(MIGRATIONS.map((m) => m.name));
    MIGRATIONS.forEach((m, i) => {
      expect(m.version).toBe(i + 1);
      expect(m.name.startsWith(String(m.version).padStart(4, '0'))).toBe(true);
    });
  });

  for (const m of MIGRATIONS) {
    it(`${m.name} applies on top of the previous schema and sets user_version`, () => {
      const file = join(dir, 'p.db');
      const db = new Database(file);
      for (const prev of MIGRATIONS.filter((x) => x.version < m.version)) db.exec(prev.sql);
      db.pragma(`user_version = ${m.version - 1}`);
      db.close();
      const opened = openDatabase(file);
      expect(schemaVersion(opened)).toBe(LATEST_SCHEMA_VERSION);
      expect(opened.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(opened.pragma('foreign_key_check')).toEqual([]);
      opened.close();
    });
  }

  it('schema 1 has the core tables', () => {
    const db = openDatabase(join(dir, 'p.db'));
    const tables = (db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`).all() as { name: string }[]).map((r) => r.name);
    for (const t of ['project', 'blobs', 'datasets', 'classes', 'columns', 'samples', 'models', 'model_versions', 'runs', 'metrics', 'checkpoints', 'exports']) {
      expect(tables).toContain(t);
    }
    db.close();
  });

  it('opens in WAL mode with foreign keys on', () => {
    const db = openDatabase(join(dir, 'p.db'));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    db.close();
  });

  it('refuses a database from a newer app and leaves it untouched', () => {
    const file = join(dir, 'p.db');
    const raw = new Database(file);
    raw.exec('CREATE TABLE future_thing (x INTEGER)');
    raw.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 5}`);
    raw.close();
    const before = readFileSync(file);
    let caught: unknown;
    try {
      openDatabase(file);
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(StudioError);
    expect((caught as StudioError).code).toBe('PROJECT_DB_TOO_NEW');
    expect((caught as StudioError).message).toMatch(/newer version of Neurona Studio.*Update the app/);
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(statSync(file).size).toBe(before.length);
  });

  it('refuses a file that is not a database with a clear code', () => {
    const file = join(dir, 'p.db');
    writeFileSync(file, 'this is not sqlite at all, just text that is long enough to be a header……');
    expect(() => openDatabase(file)).toThrowError(expect.objectContaining({ code: 'PROJECT_DB_CORRUPT' }));
  });
});
