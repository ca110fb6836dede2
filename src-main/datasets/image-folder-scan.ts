import { readdirSync, statSync, type Dirent } from 'node:fs';
import { extname, join } from 'node:path';
import { StudioError } from '../../src-shared/errors';
import { bmpNotSupported, IMAGE_EXTENSIONS } from './image-probe';
import { naturalCompare } from './natural-order';

export interface ScannedImage {
  /** Absolute path. */
  path: string;
  /** Path inside the imported folder with "/" separators, e.g. "cats/img3.png". */
  relative: string;
}

export interface ScannedClass {
  name: string;
  images: ScannedImage[];
}

export interface FolderScan {
  classes: ScannedClass[];
  /** Things the user may want to know were skipped (files at the top level, non-image files). */
  notes: string[];
}

export const MIN_IMAGES_PER_CLASS = 2;

function isHidden(name: string): boolean {
  return name.startsWith('.') || name === 'Thumbs.db' || name === 'desktop.ini';
}

function listEntries(dir: string): Dirent[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => !isHidden(e.name))
    .sort((a, b) => naturalCompare(a.name, b.name));
}

/** A symlink counts as what it points at; folder links are not followed (no loops). */
function isFile(entry: Dirent, dir: string): boolean {
  if (entry.isFile()) return true;
  if (!entry.isSymbolicLink()) return false;
  try {
    return statSync(join(dir, entry.name)).isFile();
  } catch {
    return false;
  }
}

/** Image files under a class folder, its sub-folders included, in natural order. */
function collectImages(dir: string, relative: string, skipped: string[]): ScannedImage[] {
  const images: ScannedImage[] = [];
  for (const entry of listEntries(dir)) {
    const rel = `${relative}/${entry.name}`;
    if (entry.isDirectory()) {
      images.push(...collectImages(join(dir, entry.name), rel, skipped));
    } else if (isFile(entry, dir)) {
      const ext = extname(entry.name).toLowerCase();
      if (ext === '.bmp' || ext === '.dib') throw bmpNotSupported(rel);
      if (IMAGE_EXTENSIONS.has(ext)) images.push({ path: join(dir, entry.name), relative: rel });
      else skipped.push(rel);
    }
  }
  return images;
}

function describeSkipped(one: string, many: string, names: string[]): string {
  const examples = names.slice(0, 3).join(', ');
  return `Ignored ${names.length} ${names.length === 1 ? one : many}: ${examples}${names.length > 3 ? ', …' : ''}`;
}

/**
 * Reads the layout of an image folder: each sub-folder is a class, named after it. Hidden
 * entries are skipped silently; files at the top level and files that are not images are
 * skipped with a note. Checks the layout before any image is decoded.
 */
export function scanImageFolder(folderPath: string): FolderScan {
  const info = (() => {
    try {
      return statSync(folderPath);
    } catch {
      return null;
    }
  })();
  if (!info || !info.isDirectory()) {
    throw new StudioError('FOLDER_NOT_FOUND', info ? `${folderPath} is a file, not a folder` : `${folderPath} does not exist`, { folder: folderPath });
  }
  const notes: string[] = [];
  const topLevelFiles: string[] = [];
  const skipped: string[] = [];
  const classes: ScannedClass[] = [];
  for (const entry of listEntries(folderPath)) {
    if (entry.isDirectory()) {
      const images = collectImages(join(folderPath, entry.name), entry.name, skipped);
      if (images.length > 0) classes.push({ name: entry.name, images });
      else notes.push(`Folder "${entry.name}" has no images and is not a class`);
    } else if (isFile(entry, folderPath)) {
      topLevelFiles.push(entry.name);
    }
  }
  if (topLevelFiles.length > 0) notes.push(describeSkipped('file at the top level', 'files at the top level', topLevelFiles) + ' (only sub-folders are classes)');
  if (skipped.length > 0) notes.push(describeSkipped('file that is not an image', 'files that are not images', skipped));

  if (classes.length < 2) {
    const found = classes.length === 0 ? 'none has images' : `only "${classes[0].name}" has images`;
    throw new StudioError(
      'FOLDER_NO_CLASSES',
      `${folderPath} needs at least two sub-folders of images, one per class (${found})`,
      { folder: folderPath, classes: classes.map((c) => c.name) },
    );
  }
  const small = classes.find((c) => c.images.length < MIN_IMAGES_PER_CLASS);
  if (small) {
    throw new StudioError(
      'FOLDER_TOO_FEW_IMAGES',
      `Class "${small.name}" has ${small.images.length} image; each class needs at least ${MIN_IMAGES_PER_CLASS} (one to train on, one to validate)`,
      { folder: folderPath, class: small.name, images: small.images.length, minimum: MIN_IMAGES_PER_CLASS },
    );
  }
  return { classes, notes };
}
