import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, type Db } from '../database';
import { initProject, getProject, renameProject } from './project-repo';
import { insertDataset, getDataset, listDatasets } from './datasets-repo';
import { insertClasses, listClasses } from './classes-repo';
import { insertSamples, splitCounts, classCounts, pageSamples } from './samples-repo';
import { createModel, addModelVersion, getModel, listModels } from './models-repo';
import { insertRun, getRun, markRunStarted, interruptOrphanedRuns, finishRun } from './runs-repo';
import { recordEpoch, metricSeries, lastEpochMetrics } from './metrics-repo';
import { insertCheckpoint, latestCheckpoint } from './checkpoints-repo';

let dir: string;
let db: Db;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'neurona-repos-'));
  db = openDatabase(join(dir, 'p.db'));
  initProject(db, 'Test', '0.0.0');
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

function seedDataset(): number {
  const id = insertDataset(db, { name: 'Iris', kind: 'table', task: 'classification', source: 'sample:iris', sourceBlob: null, targetColumn: 'species', inputShape: [4], splitSeed: 1 });
  insertClasses(db, id, ['a', 'b']);
  db.transaction(() =>
    insertSamples(db, id, [
      { blob_sha256: null, row_index: 0, original_name: null, size: null, class_idx: 0, split: 'train' },
      { blob_sha256: null, row_index: 1, original_name: null, size: null, class_idx: 1, split: 'train' },
      { blob_sha256: null, row_index: 2, original_name: null, size: null, class_idx: 1, split: 'val' },
    ]),
  )();
  return id;
}

function seedRun(datasetId: number): number {
  const modelId = createModel(db, { name: 'm', datasetId, template: 'mlp', graphJson: '{}' });
  return insertRun(db, { modelVersionId: getModel(db, modelId)!.version_id, datasetId, configJson: '{}', seed: 1 });
}

describe('repositories', () => {
  it('project record can be renamed', () => {
    renameProject(db, 'Other');
    expect(getProject(db)?.name).toBe('Other');
  });

  it('datasets with classes and samples count per split and class', () => {
    const id = seedDataset();
    expect(listDatasets(db)).toHaveLength(1);
    expect(JSON.parse(getDataset(db, id)!.input_shape)).toEqual([4]);
    expect(listClasses(db, id)).toEqual(['a', 'b']);
    expect(splitCounts(db, id)).toEqual({ train: 2, val: 1, test: 0 });
    expect(classCounts(db, id, 2)).toEqual([1, 2]);
    expect(pageSamples(db, id, 1, 1).rows[0].row_index).toBe(1);
    expect(pageSamples(db, id, 0, 10, 'val').total).toBe(1);
  });

  it('a sample must point at a blob or a row', () => {
    const id = seedDataset();
    expect(() => insertSamples(db, id, [{ blob_sha256: null, row_index: null, original_name: null, size: null, class_idx: 0, split: 'train' }])).toThrow(/CHECK/);
  });

  it('model versions accumulate and the latest is returned', () => {
    const modelId = createModel(db, { name: 'm', datasetId: null, template: null, graphJson: '{"v":1}' });
    addModelVersion(db, modelId, { name: 'm2', datasetId: null, graphJson: '{"v":2}' });
    const m = getModel(db, modelId)!;
    expect(m.version).toBe(2);
    expect(m.name).toBe('m2');
    expect(m.graph).toBe('{"v":2}');
    expect(listModels(db)).toHaveLength(1);
  });

  it('epoch metrics are stored atomically with the epoch count and read back as series', () => {
    const runId = seedRun(seedDataset());
    recordEpoch(db, runId, 1, { loss: 1, accuracy: 0.5 });
    recordEpoch(db, runId, 2, { loss: 0.5, accuracy: 0.75, val_loss: Number.NaN });
    expect(getRun(db, runId)!.epochs_completed).toBe(2);
    expect(metricSeries(db, runId).loss).toEqual([{ epoch: 1, value: 1 }, { epoch: 2, value: 0.5 }]);
    expect(metricSeries(db, runId).val_loss).toBeUndefined();
    expect(lastEpochMetrics(db, runId)).toEqual({ loss: 0.5, accuracy: 0.75 });
  });

  it('runs left active by a dead process become interrupted, live ones stay', () => {
    const ds = seedDataset();
    const a = seedRun(ds);
    const b = seedRun(ds);
    const c = seedRun(ds);
    markRunStarted(db, a, 'wasm');
    markRunStarted(db, b, 'cpu');
    finishRun(db, c, 'completed', null);
    expect(interruptOrphanedRuns(db, new Set([b]))).toEqual([a]);
    expect(getRun(db, a)!.status).toBe('interrupted');
    expect(getRun(db, b)!.status).toBe('running');
    expect(getRun(db, c)!.status).toBe('completed');
  });

  it('the final checkpoint wins over later periodic ones', () => {
    const runId = seedRun(seedDataset());
    insertCheckpoint(db, { runId, epoch: 3, kind: 'final', path: 'a', sha256: 'x' });
    insertCheckpoint(db, { runId, epoch: 2, kind: 'periodic', path: 'b', sha256: 'y' });
    expect(latestCheckpoint(db, runId)!.path).toBe('a');
  });
});
