import type { DatasetShapeInfo } from '../../src-shared/data/dataset';
import type { DataSpec } from '../training/worker/protocol';
import type { OpenProject } from '../store/project-registry';
import { listClasses } from '../store/repos/classes-repo';
import { listColumns } from '../store/repos/columns-repo';
import { listSamples } from '../store/repos/samples-repo';
import { basename } from 'node:path';
import { StudioError } from '../../src-shared/errors';
import { parseInputShape, requireDataset } from './dataset-summary';

/** What a training worker needs to stream a dataset: blob paths and split membership, no pixels or rows. */
export function buildDataSpec(project: OpenProject, datasetId: number): DataSpec {
  const db = project.db;
  const row = requireDataset(db, datasetId);
  const classes = listClasses(db, datasetId);
  const train = listSamples(db, datasetId, 'train');
  const val = listSamples(db, datasetId, 'val');
  if (row.kind === 'table') {
    if (!row.source_blob || !row.target_column) {
      throw new StudioError('INTERNAL', `Dataset "${row.name}" has no stored CSV or target column`, { datasetId });
    }
    const rowIndex = (s: (typeof train)[number]): number => s.row_index ?? -1;
    return {
      kind: 'table',
      csvPath: project.blobs.pathFor(row.source_blob),
      features: listColumns(db, datasetId)
        .filter((c) => c.role === 'feature')
        .map((c) => ({ name: c.name, type: c.type })),
      target: { name: row.target_column, task: row.task },
      classes,
      rows: { train: train.map(rowIndex), val: val.map(rowIndex) },
      // Errors in the worker name the file the user imported, not the blob's hash.
      fileName: sourceFileName(row.source, row.name),
      datasetName: row.name,
    };
  }
  const [height, width, channels] = parseInputShape(row);
  const entry = (s: (typeof train)[number]) => ({
    path: project.blobs.pathFor(s.blob_sha256!),
    label: s.class_idx ?? 0,
    name: s.original_name ?? undefined,
  });
  return {
    kind: 'images',
    inputShape: [height, width, channels],
    classes,
    samples: { train: train.map(entry), val: val.map(entry) },
    cacheDir: project.blobs.cacheDir(),
    datasetName: row.name,
  };
}

/** "csv:/home/ana/houses.csv" -> "houses.csv"; samples are named after the dataset. */
function sourceFileName(source: string, datasetName: string): string {
  return source.startsWith('csv:') ? basename(source.slice('csv:'.length)) : `${datasetName}.csv`;
}

/** What model checks and templates need to know about a dataset. */
export function datasetShapeInfo(project: OpenProject, datasetId: number): DatasetShapeInfo {
  const row = requireDataset(project.db, datasetId);
  return { name: row.name, task: row.task, inputShape: parseInputShape(row), classes: listClasses(project.db, row.id) };
}
