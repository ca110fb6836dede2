import type { OpenProject } from '../store/project-registry';
import type { RunDetail, RunSummary } from '../../src-shared/contract';
import { TrainConfigSchema } from '../../src-shared/training/config';
import { StudioError, isErrorCode, type ErrorPayload } from '../../src-shared/errors';
import { getRun, listRuns, type RunListRow } from '../store/repos/runs-repo';
import { lastEpochMetrics, metricSeries } from '../store/repos/metrics-repo';
import { listCheckpoints } from '../store/repos/checkpoints-repo';

function parseError(json: string | null): ErrorPayload | null {
  if (!json) return null;
  try {
    const e = JSON.parse(json) as ErrorPayload;
    return isErrorCode(e.code) ? e : { code: 'INTERNAL', message: String(e.message ?? 'Unknown error') };
  } catch {
    return { code: 'INTERNAL', message: json };
  }
}

function toSummary(project: OpenProject, row: RunListRow): RunSummary {
  return {
    id: row.id,
    modelId: row.model_id,
    modelName: row.model_name,
    modelVersion: row.model_version,
    datasetId: row.dataset_id,
    datasetName: row.dataset_name,
    task: row.task,
    status: row.status,
    backend: row.backend,
    config: TrainConfigSchema.parse(JSON.parse(row.config)),
    epochsCompleted: row.epochs_completed,
    final: lastEpochMetrics(project.db, row.id),
    error: parseError(row.error),
    createdAt: row.created_at,
    startedAt: row.started_at,
    finishedAt: row.finished_at,
  };
}

export function loadRunSummary(project: OpenProject, runId: number): RunSummary {
  const row = getRun(project.db, runId);
  if (!row) throw new StudioError('NOT_FOUND', `Run ${runId} does not exist in this project`, { runId });
  return toSummary(project, row);
}

export function listRunSummaries(project: OpenProject): RunSummary[] {
  return listRuns(project.db).map((row) => toSummary(project, row));
}

export function loadRunDetail(project: OpenProject, runId: number): RunDetail {
  const summary = loadRunSummary(project, runId);
  return {
    ...summary,
    metrics: metricSeries(project.db, runId),
    checkpoints: listCheckpoints(project.db, runId).map((c) => ({
      id: c.id,
      epoch: c.epoch,
      kind: c.kind,
      path: c.path,
      sha256: c.sha256,
      createdAt: c.created_at,
    })),
  };
}
