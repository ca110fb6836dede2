import { readdirSync, statSync, type Stats } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import type { InspectedPath } from '../../src-shared/contract';
import { StudioError } from '../../src-shared/errors';
import { IMAGE_EXTENSIONS } from '../datasets/image-probe';
import { isProjectFolder } from '../store/project-folder';

const CSV_EXTENSIONS = new Set(['.csv', '.tsv', '.txt']);
/** Enough to tell an image folder from any other folder without walking a big tree. */
const MAX_ENTRIES_LOOKED_AT = 200;

function statOrNull(path: string): Stats | null {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}

function hasImageInside(dir: string): boolean {
  let names: string[];
  try {
    names = readdirSync(dir).slice(0, MAX_ENTRIES_LOOKED_AT);
  } catch {
    return false;
  }
  return names.some((n) => !n.startsWith('.') && IMAGE_EXTENSIONS.has(extname(n).toLowerCase()));
}

/** A folder whose sub-folders (the classes) hold images. */
function isImageFolder(dir: string): boolean {
  let names: string[];
  try {
    names = readdirSync(dir).slice(0, MAX_ENTRIES_LOOKED_AT);
  } catch {
    return false;
  }
  return names.some((n) => !n.startsWith('.') && statOrNull(join(dir, n))?.isDirectory() === true && hasImageInside(join(dir, n)));
}

/**
 * What a path dropped on the window (or given on the command line) is, checked on disk: a
 * project folder, a project archive, a CSV file or an image folder. Anything else is refused
 * with DROP_UNSUPPORTED and a reason the UI can say.
 */
export function inspectPath(rawPath: string): InspectedPath {
  const path = resolve(rawPath);
  const stat = statOrNull(path);
  const refuse = (reason: string, message: string) => new StudioError('DROP_UNSUPPORTED', message, { path, reason });
  if (!stat) throw refuse('not_found', `${path} does not exist`);
  if (stat.isDirectory()) {
    if (isProjectFolder(path)) return { kind: 'project', path };
    if (isImageFolder(path)) return { kind: 'imageFolder', path };
    throw refuse('folder', `${path} is neither a project folder nor a folder of images sorted into class sub-folders`);
  }
  if (!stat.isFile()) throw refuse('file', `${path} is not a file or a folder`);
  if (/\.zip$/i.test(path)) return { kind: 'archive', path };
  if (CSV_EXTENSIONS.has(extname(path).toLowerCase())) return { kind: 'csv', path };
  throw refuse('file', `${path} is not a CSV file, a project folder or a project archive (.neurona.zip)`);
}
