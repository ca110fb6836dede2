import { createWriteStream, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Transform } from 'node:stream';
import type { Entry, ZipFile } from 'yauzl';
import { StudioError } from '../../src-shared/errors';
import { openDatabase, type Db } from '../store/database';
import { projectDirFor, validateProjectName } from '../store/project-folder';
import { getProject, renameProject } from '../store/repos/project-repo';
import { listExports, setExportPath } from '../store/repos/exports-repo';
import { ARCHIVE_VERSION, DATABASE_ENTRY, MAX_ARCHIVE_BYTES, MAX_ENTRIES, ManifestSchema, type Manifest } from './archive-format';
import { checkEntries } from './archive-checks';
import type { ArchiveProgress } from './archive-progress';
import { openEntry, openZip, readEntries, readEntryText, unsafeNameFromYauzlError } from './zip-reader';

export interface ImportArchiveOptions {
  file: string;
  /** The new project folder goes in here. */
  parentDir: string;
  /** The project's name; the archive's own by default. */
  name?: string;
  onProgress?: ArchiveProgress;
}

const MAX_MANIFEST_BYTES = 64 * 1024;

function isInside(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}

async function readManifest(zip: ZipFile, entry: Entry, file: string): Promise<Manifest> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readEntryText(zip, entry, MAX_MANIFEST_BYTES));
  } catch {
    throw new StudioError('ARCHIVE_INVALID', `${file}: its manifest is not readable JSON`, { file, reason: 'manifest' });
  }
  const manifest = ManifestSchema.safeParse(parsed);
  if (!manifest.success) throw new StudioError('ARCHIVE_INVALID', `${file}: its manifest is not a Neurona project manifest`, { file, reason: 'manifest' });
  if (manifest.data.version > ARCHIVE_VERSION) {
    throw new StudioError('ARCHIVE_INVALID', `${file} was made by a newer version of Neurona Studio (archive format ${manifest.data.version}); update the app to open it`, {
      file,
      reason: 'newer',
    });
  }
  return manifest.data;
}

/** Writes each file entry under `root`, counting bytes against the 2 GiB budget as they inflate. */
async function extractEntries(zip: ZipFile, entries: readonly Entry[], root: string, total: number, onProgress?: ArchiveProgress): Promise<void> {
  let written = 0;
  for (const entry of entries) {
    const target = join(root, ...entry.fileName.split('/'));
    // checkEntryName already refused anything that could climb out; this is the last word.
    if (!isInside(root, target)) throw new StudioError('ARCHIVE_UNSAFE_PATH', `"${entry.fileName}" would be written outside the project`, { entry: entry.fileName });
    mkdirSync(dirname(target), { recursive: true });
    const budget = new Transform({
      transform(chunk: Buffer, _enc, done) {
        written += chunk.length;
        if (written > MAX_ARCHIVE_BYTES) return done(new RangeError('the archive unpacks to more than 2 GiB'));
        onProgress?.(Math.min(written, total), total);
        done(null, chunk);
      },
    });
    await pipeline(await openEntry(zip, entry), budget, createWriteStream(target, { flags: 'wx' }));
  }
}

/** Export records that pointed inside the old project folder now point inside the new one. */
function rebaseExports(db: Db, sourceDir: string, targetDir: string): void {
  for (const row of listExports(db)) {
    if (row.path !== sourceDir && !row.path.startsWith(`${sourceDir}/`) && !row.path.startsWith(`${sourceDir}\\`)) continue;
    const rest = row.path.slice(sourceDir.length).split(/[\\/]/).filter(Boolean);
    setExportPath(db, row.id, join(targetDir, ...rest));
  }
}

/** Opens the unpacked database (migrating it), checks it, and gives it the project's name. */
function adoptDatabase(staging: string, file: string, name: string, manifest: Manifest, targetDir: string): void {
  const db = openDatabase(join(staging, DATABASE_ENTRY));
  try {
    const integrity = db.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') throw new StudioError('PROJECT_DB_CORRUPT', `${file}: the project database inside is damaged (${String(integrity)})`, { file });
    const project = getProject(db);
    if (!project) throw new StudioError('PROJECT_DB_CORRUPT', `${file}: the project database inside has no project record`, { file });
    if (project.name !== name) renameProject(db, name);
    rebaseExports(db, manifest.sourceDir, targetDir);
  } finally {
    db.close();
  }
}

function translateZipError(err: unknown, file: string): unknown {
  if (err instanceof StudioError) return err;
  const unsafe = unsafeNameFromYauzlError(err);
  if (unsafe !== null) {
    return new StudioError('ARCHIVE_UNSAFE_PATH', `${file} holds an entry that would be written outside the project: "${unsafe}"`, { file, entry: unsafe });
  }
  if (err instanceof RangeError && /2 GiB/.test(err.message)) {
    return new StudioError('ARCHIVE_TOO_LARGE', `${file} unpacks to more than ${MAX_ARCHIVE_BYTES} bytes (2 GiB)`, { file, limit: MAX_ARCHIVE_BYTES });
  }
  const why = err instanceof Error ? err.message.split('\n')[0] : String(err);
  return new StudioError('ARCHIVE_INVALID', `${file} is not a readable project archive (${why})`, { file, reason: 'unreadable' });
}

/**
 * Unpacks a `.neurona.zip` into `<parentDir>/<name>.neurona`. Every entry is checked before
 * anything is written; files are extracted into a hidden staging folder beside the target, the
 * database is opened (migrated, integrity-checked) there, and only then is the folder renamed
 * into place, so a refused or failed import leaves nothing behind. Returns the project folder.
 */
export async function importProjectArchive(options: ImportArchiveOptions): Promise<string> {
  const { file } = options;
  if (!existsSync(file) || !statSync(file).isFile()) throw new StudioError('FILE_NOT_FOUND', `${file} does not exist`, { file });
  if (!existsSync(options.parentDir)) throw new StudioError('FOLDER_NOT_FOUND', `The folder ${options.parentDir} does not exist`, { folder: options.parentDir });

  let zip: ZipFile;
  try {
    zip = await openZip(file);
  } catch (err) {
    throw translateZipError(err, file);
  }
  let staging: string | null = null;
  try {
    const checked = checkEntries(file, await readEntries(zip, MAX_ENTRIES), zip.fileSize);
    const manifest = await readManifest(zip, checked.manifest, file);
    const name = validateProjectName(options.name ?? manifest.name);
    const target = projectDirFor(options.parentDir, name);
    if (existsSync(target)) throw new StudioError('PROJECT_EXISTS', `${target} already exists; import under another name`, { path: target });

    staging = mkdtempSync(join(options.parentDir, `.${name}.importing-`));
    await extractEntries(
      zip,
      checked.files.filter((e) => e !== checked.manifest),
      staging,
      checked.totalBytes,
      options.onProgress,
    );
    adoptDatabase(staging, file, name, manifest, target);
    renameSync(staging, target);
    staging = null;
    options.onProgress?.(checked.totalBytes, checked.totalBytes);
    return target;
  } catch (err) {
    throw translateZipError(err, file);
  } finally {
    zip.close();
    if (staging) rmSync(staging, { recursive: true, force: true });
  }
}
