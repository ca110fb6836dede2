import { readFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { StudioError } from '../../src-shared/errors';
import type { StoredBlob } from '../store/blob-store';
import type { OpenProject } from '../store/project-registry';
import { storeImageDataset, type StoredImage } from './image-dataset-record';
import { scanImageFolder, type ScannedImage } from './image-folder-scan';
import { chooseImageInputShape, probeImage, type ProbedImage } from './image-probe';
import { throttleProgress, type ImportProgress } from './import-progress';
import { mapWithConcurrency } from './bounded-concurrency';
import { DEFAULT_SPLIT_SEED } from './split-assignment';

export interface ImportFolderInput {
  folderPath: string;
  /** Defaults to the folder's name. */
  name?: string;
  seed?: number;
}

/** Files decoded at once: enough to keep libvips' threads busy, few enough to bound memory. */
const CONCURRENT_FILES = 4;

/**
 * Imports a folder of class sub-folders as an image dataset; returns its id. Every file is
 * decoded once to check it and copied into the blob store, a few files at a time (the dataset is never
 * held in memory); the database is written only when all files have passed.
 */
export async function importImageFolder(
  project: OpenProject,
  input: ImportFolderInput,
  onProgress: ImportProgress,
  onNote: (note: string) => void = () => {},
): Promise<number> {
  const folder = resolve(input.folderPath);
  const scan = scanImageFolder(folder);
  scan.notes.forEach((note) => onNote(note));
  const items = scan.classes.flatMap((c, classIdx) => c.images.map((image) => ({ image, classIdx })));
  const report = throttleProgress(onProgress);
  report(0, items.length);

  const copied = await mapWithConcurrency(
    items,
    CONCURRENT_FILES,
    async ({ image, classIdx }) => {
      const { probe, blob } = await copyImage(project, image);
      const stored: StoredImage = { sha256: blob.sha256, size: blob.size, mime: probe.mime, originalName: image.relative, classIdx };
      return { probe, stored };
    },
    (done) => report(done, items.length),
  );

  return storeImageDataset(project, {
    name: input.name ?? basename(folder),
    source: `folder:${folder}`,
    classes: scan.classes.map((c) => c.name),
    images: copied.map((c) => c.stored),
    inputShape: chooseImageInputShape(copied.map((c) => c.probe)),
    seed: input.seed ?? DEFAULT_SPLIT_SEED,
  });
}

async function copyImage(project: OpenProject, image: ScannedImage): Promise<{ probe: ProbedImage; blob: StoredBlob }> {
  let data: Buffer;
  try {
    data = await readFile(image.path);
  } catch (err) {
    const reason = (err as NodeJS.ErrnoException).code ?? (err as Error).message;
    throw new StudioError('IMAGE_UNREADABLE', `${image.relative}: the file cannot be read (${reason})`, { file: image.relative });
  }
  const probe = await probeImage(data, image.relative);
  return { probe, blob: project.blobs.putBuffer(data) };
}
