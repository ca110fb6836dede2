import { createReadStream, createWriteStream, existsSync, mkdtempSync, renameSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, isAbsolute } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Transform } from 'node:stream';
import Database from 'better-sqlite3';
import { ZipFile } from 'yazl';
import { StudioError } from '../../src-shared/errors';
import type { OpenProject } from '../store/project-registry';
import { schemaVersion } from '../store/database';
import { getProject } from '../store/repos/project-repo';
import { ARCHIVE_FORMAT, ARCHIVE_VERSION, DATABASE_ENTRY, MANIFEST_ENTRY, MAX_ARCHIVE_BYTES, type Manifest } from './archive-format';
import { listProjectFiles } from './project-files';
import type { ArchiveProgress } from './archive-progress';

export interface ExportArchiveOptions {
  file: string;
  overwrite: boolean;
  appVersion: string;
  onProgress?: ArchiveProgress;
}

export interface ExportedArchive {
  file: string;
  /** Size of the zip file. */
  bytes: number;
  /** Files inside, manifest and database included. */
  files: number;
}

function isInside(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/** A consistent single-file copy of a live WAL database, through SQLite's backup API. */
async function backupDatabase(project: OpenProject, into: string): Promise<void> {
  await project.db.backup(into);
  // The copy keeps WAL mode in its header; make it a plain rollback-journal file so the archive
  // holds one self-contained database.
  const copy = new Database(into);
  try {
    copy.pragma('journal_mode = DELETE');
  } finally {
    copy.close();
  }
}

/** Counts the bytes that pass, for the progress bar. */
function counting(onBytes: (n: number) => void): Transform {
  return new Transform({
    transform(chunk: Buffer, _enc, done) {
      onBytes(chunk.length);
      done(null, chunk);
    },
  });
}

/**
 * Writes a project as one `.neurona.zip`: manifest, a backup of the database, and its stored
 * files. The zip is written under a temporary name next to the target and renamed when complete,
 * so a failed export never leaves a truncated archive behind.
 */
export async function exportProjectArchive(project: OpenProject, options: ExportArchiveOptions): Promise<ExportedArchive> {
  const { file } = options;
  if (isInside(project.dir, file)) {
    throw new StudioError('INVALID_INPUT', `Save the archive outside the project folder (${project.dir})`, { field: 'file', file });
  }
  if (existsSync(file) && !options.overwrite) throw new StudioError('ARCHIVE_EXISTS', `${file} already exists`, { file });
  if (!existsSync(dirname(file))) throw new StudioError('FOLDER_NOT_FOUND', `The folder ${dirname(file)} does not exist`, { folder: dirname(file) });

  const files = listProjectFiles(project.dir);
  const work = mkdtempSync(join(tmpdir(), 'neurona-export-'));
  const partial = `${file}.partial-${process.pid}`;
  try {
    const dbCopy = join(work, DATABASE_ENTRY);
    await backupDatabase(project, dbCopy);
    const dbSize = statSync(dbCopy).size;
    const total = dbSize + files.reduce((sum, f) => sum + f.size, 0);
    if (total > MAX_ARCHIVE_BYTES) {
      throw new StudioError('ARCHIVE_TOO_LARGE', `This project holds ${total} bytes; a shared project may hold at most ${MAX_ARCHIVE_BYTES} (2 GiB)`, {
        file,
        bytes: total,
        limit: MAX_ARCHIVE_BYTES,
      });
    }
    const manifest: Manifest = {
      format: ARCHIVE_FORMAT,
      version: ARCHIVE_VERSION,
      name: getProject(project.db)?.name ?? 'Project',
      appVersion: options.appVersion,
      schemaVersion: schemaVersion(project.db),
      createdAt: new Date().toISOString(),
      sourceDir: project.dir,
      files: files.length + 1,
      bytes: total,
    };

    let done = 0;
    const onBytes = (n: number) => {
      done += n;
      options.onProgress?.(done, total);
    };
    const zip = new ZipFile();
    zip.addBuffer(Buffer.from(JSON.stringify(manifest, null, 2)), MANIFEST_ENTRY);
    for (const source of [{ path: dbCopy, entry: DATABASE_ENTRY }, ...files]) {
      zip.addReadStreamLazy(source.entry, (cb) => {
        const input = createReadStream(source.path);
        const counter = counting(onBytes);
        input.on('error', (err) => counter.destroy(err));
        cb(null, input.pipe(counter));
      });
    }
    zip.end();
    // yazl reports a failed input on the ZipFile, not on its output stream.
    const output = createWriteStream(partial, { flags: 'wx' });
    const zipFailed = new Promise<never>((_resolve, reject) => zip.on('error', reject));
    try {
      await Promise.race([pipeline(zip.outputStream, output), zipFailed]);
    } catch (err) {
      output.destroy();
      throw err;
    }
    renameSync(partial, file);
    options.onProgress?.(total, total);
    return { file, bytes: statSync(file).size, files: files.length + 2 };
  } catch (err) {
    rmSync(partial, { force: true });
    throw err;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
