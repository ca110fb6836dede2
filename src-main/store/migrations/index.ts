import init from './0001_init.sql?raw';

/** Every migration, in order. Version N is the file named 000N_*.sql; a test keeps this list and the folder in step. */
export const MIGRATIONS: readonly { version: number; name: string; sql: string }[] = [{ version: 1, name: '0001_init', sql: init }];

export const LATEST_SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version;
