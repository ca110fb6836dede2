import type { OpenProject } from '../store/project-registry';
import { recordBlob } from '../store/repos/blobs-repo';
import { insertClasses } from '../store/repos/classes-repo';
import { insertDataset } from '../store/repos/datasets-repo';
import { insertSamples } from '../store/repos/samples-repo';
import { uniqueDatasetName } from './dataset-name';
import { assignSplits } from './split-assignment';

export interface StoredImage {
  sha256: string;
  size: number;
  mime: string;
  /** Path inside the imported folder, e.g. "cats/img3.png". */
  originalName: string;
  classIdx: number;
}

export interface ImageDatasetRecord {
  name: string;
  source: string;
  classes: string[];
  /** Already in the blob store. */
  images: StoredImage[];
  inputShape: [number, number, number];
  seed: number;
}

/** Writes an image dataset (stratified, seeded 80/20 split) in one transaction; returns its id. */
export function storeImageDataset(project: OpenProject, record: ImageDatasetRecord): number {
  const splits = assignSplits(
    record.images.map((i) => i.classIdx),
    record.seed,
  );
  const db = project.db;
  return db.transaction(() => {
    for (const image of record.images) recordBlob(db, image.sha256, image.size, image.mime);
    const id = insertDataset(db, {
      name: uniqueDatasetName(db, record.name),
      kind: 'images',
      task: 'classification',
      source: record.source,
      sourceBlob: null,
      targetColumn: null,
      inputShape: record.inputShape,
      splitSeed: record.seed,
    });
    insertClasses(db, id, record.classes);
    insertSamples(
      db,
      id,
      record.images.map((image, i) => ({
        blob_sha256: image.sha256,
        row_index: null,
        original_name: image.originalName,
        size: image.size,
        class_idx: image.classIdx,
        split: splits[i],
      })),
    );
    return id;
  })();
}
