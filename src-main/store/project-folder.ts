import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { StudioError } from '../../src-shared/errors';

export const PROJECT_SUFFIX = '.neurona';
export const PROJECT_DB = 'project.db';
export const BLOBS_DIR = 'blobs';

// Characters no file system on Windows, macOS or Linux accepts in a folder name, plus control characters.
// eslint-disable-next-line no-control-regex -- control characters are exactly what it refuses
const FORBIDDEN = /[<>:"/\\|?*\u0000-\u001f]/;
const RESERVED_WINDOWS = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

/** A project name is a folder name: "My project" -> "My project.neurona". */
export function validateProjectName(raw: string): string {
  const name = raw.trim();
  if (name === '' || name.length > 120) {
    throw new StudioError('PROJECT_NAME_INVALID', 'A project name needs 1 to 120 characters', { name });
  }
  if (FORBIDDEN.test(name) || name.startsWith('.') || name.endsWith('.') || RESERVED_WINDOWS.test(name)) {
    throw new StudioError(
      'PROJECT_NAME_INVALID',
      `"${name}" cannot be a folder name: avoid < > : " / \\ | ? *, a leading or trailing dot, and names like CON or NUL`,
      { name },
    );
  }
  return name;
}

export function projectDirFor(parentDir: string, name: string): string {
  return join(resolve(parentDir), `${name}${PROJECT_SUFFIX}`);
}

export function normalizeProjectPath(path: string): string {
  return resolve(path);
}

export function isProjectFolder(dir: string): boolean {
  return existsSync(join(dir, PROJECT_DB)) && statSync(dir).isDirectory();
}

export function projectNameFromDir(dir: string): string {
  const base = basename(dir);
  return base.endsWith(PROJECT_SUFFIX) ? base.slice(0, -PROJECT_SUFFIX.length) : base;
}

/** Creates the empty folder structure; refuses a folder that already exists and is not empty. */
export function makeProjectFolder(dir: string): void {
  if (existsSync(dir) && (!statSync(dir).isDirectory() || readdirSync(dir).length > 0)) {
    throw new StudioError('PROJECT_EXISTS', `${dir} already exists`, { path: dir });
  }
  mkdirSync(join(dir, BLOBS_DIR), { recursive: true });
}
