import type { Readable } from 'node:stream';
import yauzl, { type Entry, type ZipFile } from 'yauzl';

// yauzl's callbacks as promises. Entries are read from the central directory one at a time
// (lazyEntries), so the whole list can be checked before a single byte is extracted.

export function openZip(file: string): Promise<ZipFile> {
  return new Promise((resolve, reject) => {
    yauzl.open(file, { lazyEntries: true, autoClose: false, validateEntrySizes: true, decodeStrings: true }, (err, zip) => (err ? reject(err) : resolve(zip)));
  });
}

export function readEntries(zip: ZipFile, maxEntries: number): Promise<Entry[]> {
  return new Promise((resolve, reject) => {
    if (zip.entryCount > maxEntries) {
      reject(new RangeError(`the archive lists ${zip.entryCount} entries (at most ${maxEntries})`));
      return;
    }
    const entries: Entry[] = [];
    zip.on('entry', (entry: Entry) => {
      entries.push(entry);
      zip.readEntry();
    });
    zip.once('end', () => resolve(entries));
    zip.once('error', reject);
    zip.readEntry();
  });
}

export function openEntry(zip: ZipFile, entry: Entry): Promise<Readable> {
  return new Promise((resolve, reject) => zip.openReadStream(entry, (err, stream) => (err ? reject(err) : resolve(stream))));
}

export async function readEntryText(zip: ZipFile, entry: Entry, maxBytes: number): Promise<string> {
  if (entry.uncompressedSize > maxBytes) throw new RangeError(`${entry.fileName} is larger than ${maxBytes} bytes`);
  const stream = await openEntry(zip, entry);
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** yauzl refuses unsafe names itself, with these messages; they name the entry. */
export function unsafeNameFromYauzlError(err: unknown): string | null {
  const m = /^(?:absolute path|invalid relative path|invalid characters in fileName): (.*)$/s.exec(err instanceof Error ? err.message : '');
  return m ? m[1]! : null;
}

const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;

/** Unix mode bits live in the high half of the external attributes of zips made on Unix. */
export function isSymlinkEntry(entry: Entry): boolean {
  return ((entry.externalFileAttributes >>> 16) & S_IFMT) === S_IFLNK;
}
