import type { DatasetSummary } from '../../src-shared/data/dataset';
import { StudioError } from '../../src-shared/errors';
import type { Db } from '../store/database';
import type { OpenProject } from '../store/project-registry';
import { listClasses } from '../store/repos/classes-repo';
import { listColumns } from '../store/repos/columns-repo';
import { getDataset, listDatasets, type DatasetRow } from '../store/repos/datasets-repo';
import { classCounts, splitCounts } from '../store/repos/samples-repo';

export function requireDataset(db: Db, datasetId: number): DatasetRow {
  const row = getDataset(db, datasetId);
  if (!row) throw new StudioError('NOT_FOUND', `Dataset ${datasetId} does not exist in this project`, { datasetId });
  return row;
}

export function parseInputShape(row: DatasetRow): number[] {
  return JSON.parse(row.input_shape) as number[];
}

function summarize(db: Db, row: DatasetRow): DatasetSummary {
  const classes = listClasses(db, row.id);
  const counts = splitCounts(db, row.id);
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    task: row.task,
    source: row.source,
    createdAt: row.created_at,
    sampleCount: counts.train + counts.val + counts.test,
    splitCounts: counts,
    classes,
    classCounts: classCounts(db, row.id, classes.length),
    target: row.target_column,
    inputShape: parseInputShape(row),
    columns: listColumns(db, row.id).map((c) => ({
      index: c.idx,
      name: c.name,
      type: c.type,
      role: c.role,
      missing: c.missing,
      min: c.min,
      max: c.max,
      mean: c.mean,
      distinct: c.distinct_count,
    })),
  };
}

export function datasetSummary(project: OpenProject, datasetId: number): DatasetSummary {
  return summarize(project.db, requireDataset(project.db, datasetId));
}

export function listDatasetSummaries(project: OpenProject): DatasetSummary[] {
  return listDatasets(project.db).map((row) => summarize(project.db, row));
}
