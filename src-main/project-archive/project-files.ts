import { lstatSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ARCHIVED_FOLDERS, SKIPPED_FOLDERS } from './archive-format';

export interface ProjectFile {
  /** Absolute path on disk. */
  path: string;
  /** '/'-separated name inside the archive. */
  entry: string;
  size: number;
}

/**
 * The stored files of a project folder that go into its archive: regular files under blobs/ and
 * exports/, without caches and temp files. Symbolic links are not followed (a link could point
 * anywhere on the disk).
 */
export function listProjectFiles(projectDir: string): ProjectFile[] {
  const files: ProjectFile[] = [];
  const walk = (dir: string, entry: string): void => {
    if ((SKIPPED_FOLDERS as readonly string[]).includes(entry)) return;
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch {
      return;
    }
    for (const name of names) {
      const path = join(dir, name);
      const stat = lstatSync(path);
      const child = `${entry}/${name}`;
      if (stat.isDirectory()) walk(path, child);
      else if (stat.isFile()) files.push({ path, entry: child, size: stat.size });
    }
  };
  for (const folder of ARCHIVED_FOLDERS) walk(join(projectDir, folder), folder);
  return files;
}
