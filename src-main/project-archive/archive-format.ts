import { z } from 'zod';

// A shared project is one zip file, `Name.neurona.zip`: a manifest, the database (a consistent
// copy made with SQLite's backup API) and the project's stored files. Caches and temp files stay
// behind; they are rebuilt on the other machine.

export const ARCHIVE_SUFFIX = '.neurona.zip';
export const MANIFEST_ENTRY = 'neurona-project.json';
export const DATABASE_ENTRY = 'project.db';
export const ARCHIVE_FORMAT = 'neurona-project';
export const ARCHIVE_VERSION = 1;

/** Uncompressed bytes an archive may hold, on export and on import. */
export const MAX_ARCHIVE_BYTES = 2 * 1024 ** 3;
/** Uncompressed : compressed. Real projects (images, weights, CSV) stay far below; a zip bomb does not. */
export const MAX_COMPRESSION_RATIO = 100;
/** Entries smaller than this are not checked one by one (a tiny JSON file may compress 100×). */
export const RATIO_CHECK_MIN_BYTES = 1024 * 1024;
export const MAX_ENTRIES = 500_000;

/** Folders of a project that travel (besides the database), and the ones inside them that do not. */
export const ARCHIVED_FOLDERS = ['blobs', 'exports'] as const;
export const SKIPPED_FOLDERS = ['blobs/cache', 'blobs/tmp'] as const;

export const ManifestSchema = z.object({
  format: z.literal(ARCHIVE_FORMAT),
  version: z.number().int().min(1),
  name: z.string().min(1).max(120),
  appVersion: z.string().max(64),
  schemaVersion: z.number().int().min(0),
  createdAt: z.string().max(64),
  /** Where the project lived: export records under it are moved to where it is imported. */
  sourceDir: z.string().max(4096),
  files: z.number().int().min(0),
  bytes: z.number().int().min(0),
});
export type Manifest = z.infer<typeof ManifestSchema>;

export type EntryCheck = { ok: true } | { ok: false; reason: string };


/**
 * Whether a name inside an archive may be written under the target folder: relative, '/'
 * separated, no '.', '..' or empty segment, no drive letter, colon, backslash or control
 * character, and only the manifest, the database or something under a folder that travels.
 */
export function checkEntryName(name: string): EntryCheck {
  const refuse = (reason: string): EntryCheck => ({ ok: false, reason });
  if (name.length === 0 || name.length > 1024) return refuse('empty or too long');
  if ([...name].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f)) return refuse('control character');
  if (name.includes('\\')) return refuse('backslash');
  if (name.includes(':')) return refuse('colon or drive letter');
  if (name.startsWith('/')) return refuse('absolute path');
  const segments = name.split('/');
  if (segments.some((s) => s === '' || s === '.' || s === '..')) return refuse('empty, "." or ".." segment');
  if (segments.length === 1) return name === MANIFEST_ENTRY || name === DATABASE_ENTRY ? { ok: true } : refuse('unexpected file at the top');
  if (!(ARCHIVED_FOLDERS as readonly string[]).includes(segments[0]!)) return refuse('unexpected folder');
  if (SKIPPED_FOLDERS.some((f) => name.startsWith(`${f}/`))) return refuse('cache or temp file');
  return { ok: true };
}

/** A file name for a project's archive: "Iris.neurona.zip". */
export function archiveFileName(projectName: string): string {
  return `${projectName}${ARCHIVE_SUFFIX}`;
}

/** The archive path a user meant: any `.zip` is kept, `X.neurona` gets `.zip`, anything else `.neurona.zip`. */
export function withArchiveSuffix(file: string): string {
  if (/\.zip$/i.test(file)) return file;
  return /\.neurona$/i.test(file) ? `${file}.zip` : `${file}${ARCHIVE_SUFFIX}`;
}
