import { readFileSync } from 'node:fs';
import type { OpenProject } from '../store/project-registry';
import type { Prediction } from '../../src-shared/contract';
import type { PredictJob } from './worker/protocol';
import type { RunManager } from './run-manager';
import { StudioError } from '../../src-shared/errors';
import { parseCsv, parseNumber } from '../../src-shared/data/csv';
import { getSamplesByIds, type SampleRow } from '../store/repos/samples-repo';
import { getDataset } from '../store/repos/datasets-repo';
import { listColumns } from '../store/repos/columns-repo';
import { listClasses } from '../store/repos/classes-repo';
import { checkpointFolder, runPreprocessing } from '../export/export-tfjs';
import { loadRunSummary } from './run-summary';

function samplesOfDataset(project: OpenProject, datasetId: number, ids: number[]): SampleRow[] {
  const found = getSamplesByIds(project.db, ids);
  for (const id of ids) {
    const s = found.find((x) => x.id === id);
    if (!s || s.dataset_id !== datasetId) {
      throw new StudioError('NOT_FOUND', `Sample ${id} is not in the run's dataset`, { sampleId: id, datasetId });
    }
  }
  return ids.map((id) => found.find((x) => x.id === id)!);
}

/** Raw table rows (numbers parsed with the file's own decimal mark) plus each row's target text. */
function tableInputs(project: OpenProject, datasetId: number, samples: SampleRow[]): { rows: Record<string, string | number | null>[]; actual: (string | null)[] } {
  const dataset = getDataset(project.db, datasetId)!;
  if (!dataset.source_blob) throw new StudioError('NOT_FOUND', `Dataset ${dataset.name} has no stored table`, { datasetId });
  const table = parseCsv(readFileSync(project.blobs.pathFor(dataset.source_blob), 'utf8'), { fileName: dataset.name });
  const types = new Map(listColumns(project.db, datasetId).map((c) => [c.name, c.type]));
  const rows = samples.map((s) => {
    const cells = table.rows[s.row_index ?? -1];
    if (!cells) throw new StudioError('NOT_FOUND', `Row ${s.row_index} is missing from ${dataset.name}`, { sampleId: s.id });
    const record: Record<string, string | number | null> = {};
    table.header.forEach((name, i) => {
      record[name] = types.get(name) === 'numeric' ? parseNumber(cells[i], table.decimalComma) : cells[i];
    });
    return record;
  });
  const targetIndex = table.header.indexOf(dataset.target_column ?? '');
  const actual = samples.map((s) => (targetIndex >= 0 ? table.rows[s.row_index ?? -1][targetIndex] : null));
  return { rows, actual };
}

/** The studio's own predictions for some samples, from the run's last checkpoint (in a worker process). */
export async function predictSamples(project: OpenProject, runs: RunManager, runId: number, sampleIds: number[]): Promise<Prediction[]> {
  const run = loadRunSummary(project, runId);
  const checkpoint = checkpointFolder(project, runId);
  const preprocessing = runPreprocessing(project, runId);
  const samples = samplesOfDataset(project, run.datasetId, sampleIds);
  const classes = listClasses(project.db, run.datasetId);

  let inputs: PredictJob['inputs'];
  let actual: (string | null)[];
  if (preprocessing.input.kind === 'table') {
    const t = tableInputs(project, run.datasetId, samples);
    inputs = { kind: 'table', rows: t.rows };
    actual = t.actual;
  } else {
    inputs = { kind: 'images', paths: samples.map((s) => project.blobs.pathFor(s.blob_sha256!)) };
    actual = samples.map((s) => (s.class_idx === null ? null : (classes[s.class_idx] ?? null)));
  }
  const outputs = await runs.predict({
    type: 'predict',
    checkpointPath: checkpoint.dir,
    preprocessing,
    backend: run.backend ?? 'auto',
    inputs,
  });
  const target = preprocessing.target;
  return samples.map((s, i) => {
    const output = outputs[i];
    let predicted: string;
    if (target.task === 'regression') {
      predicted = String(output[0] * target.std + target.mean);
    } else if (output.length === 1) {
      predicted = target.classes[output[0] >= 0.5 ? 1 : 0];
    } else {
      predicted = target.classes[output.indexOf(Math.max(...output))];
    }
    return { sampleId: s.id, output, predicted, actual: actual[i] };
  });
}
