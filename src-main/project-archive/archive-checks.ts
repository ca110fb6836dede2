import type { Entry } from 'yauzl';
import { StudioError } from '../../src-shared/errors';
import { checkEntryName, DATABASE_ENTRY, MANIFEST_ENTRY, MAX_ARCHIVE_BYTES, MAX_COMPRESSION_RATIO, RATIO_CHECK_MIN_BYTES } from './archive-format';
import { isSymlinkEntry } from './zip-reader';

export interface CheckedEntries {
  /** File entries to extract (directories left out: folders are made as files need them). */
  files: Entry[];
  manifest: Entry;
  database: Entry;
  totalBytes: number;
}

/**
 * Everything decided from the central directory, before anything is written: every name stays
 * inside the target, no link, no encryption, no duplicate, the declared sizes within 2 GiB and
 * the compression ratio within 100 (for the whole archive and for each large entry).
 */
export function checkEntries(file: string, entries: readonly Entry[], archiveBytes: number): CheckedEntries {
  const files: Entry[] = [];
  const seen = new Set<string>();
  let totalBytes = 0;
  for (const entry of entries) {
    const isDirectory = entry.fileName.endsWith('/');
    const name = isDirectory ? entry.fileName.slice(0, -1) : entry.fileName;
    const check = checkEntryName(name);
    if (!check.ok && !(isDirectory && (name === 'blobs' || name === 'exports'))) {
      throw new StudioError('ARCHIVE_UNSAFE_PATH', `${file} holds an entry that would be written outside the project or where it does not belong: "${entry.fileName}" (${check.ok ? '' : check.reason})`, {
        file,
        entry: entry.fileName,
      });
    }
    if (isSymlinkEntry(entry)) {
      throw new StudioError('ARCHIVE_UNSAFE_PATH', `${file} holds a symbolic link, "${entry.fileName}"; project archives hold plain files only`, { file, entry: entry.fileName });
    }
    if (isDirectory) continue;
    if (entry.isEncrypted()) throw new StudioError('ARCHIVE_INVALID', `${file} holds an encrypted entry, "${entry.fileName}"`, { file, entry: entry.fileName, reason: 'encrypted' });
    if (seen.has(name)) throw new StudioError('ARCHIVE_INVALID', `${file} holds "${name}" twice`, { file, entry: name, reason: 'duplicate' });
    seen.add(name);
    totalBytes += entry.uncompressedSize;
    if (totalBytes > MAX_ARCHIVE_BYTES) {
      throw new StudioError('ARCHIVE_TOO_LARGE', `${file} would unpack to more than ${MAX_ARCHIVE_BYTES} bytes (2 GiB), the most a shared project may hold`, {
        file,
        bytes: totalBytes,
        limit: MAX_ARCHIVE_BYTES,
      });
    }
    if (entry.uncompressedSize >= RATIO_CHECK_MIN_BYTES) refuseRatio(file, entry.uncompressedSize, entry.compressedSize, entry.fileName);
    files.push(entry);
  }
  refuseRatio(file, totalBytes, archiveBytes, null);
  const manifest = files.find((e) => e.fileName === MANIFEST_ENTRY);
  const database = files.find((e) => e.fileName === DATABASE_ENTRY);
  if (!manifest || !database) {
    throw new StudioError('ARCHIVE_INVALID', `${file} is not a Neurona project archive (it has no ${!manifest ? MANIFEST_ENTRY : DATABASE_ENTRY})`, { file, reason: 'not_a_project' });
  }
  return { files, manifest, database, totalBytes };
}

function refuseRatio(file: string, uncompressed: number, compressed: number, entry: string | null): void {
  const ratio = uncompressed / Math.max(compressed, 1);
  if (ratio <= MAX_COMPRESSION_RATIO) return;
  const what = entry ? `its entry "${entry}"` : 'it';
  throw new StudioError('ARCHIVE_RATIO_TOO_HIGH', `${file} looks like a zip bomb: ${what} would unpack to ${Math.round(ratio)} times its packed size (at most ${MAX_COMPRESSION_RATIO})`, {
    file,
    ratio: Math.round(ratio),
    limit: MAX_COMPRESSION_RATIO,
  });
}
