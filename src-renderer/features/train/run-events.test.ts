import { describe, expect, it } from 'vitest';
import type { RunDetail, RunSummary } from '../../../src-shared/contract';
import { DEFAULT_TRAIN_CONFIG } from '../../../src-shared/training/config';
import {
  EMPTY_RUNS,
  adoptDetail,
  adoptRun,
  adoptRuns,
  applyEpoch,
  applyFinished,
  applyProgress,
  applyStatus,
  mergeSeries,
  type RunsSnapshot,
} from './run-events';

/** Everything known about a run's curves, as the dashboard merges them. */
function runSeries(state: RunsSnapshot, runId: number) {
  return mergeSeries(state.details[runId]?.metrics ?? {}, state.live[runId] ?? {});
}

function run(id: number, patch: Partial<RunSummary> = {}): RunSummary {
  return {
    id,
    modelId: 1,
    modelName: 'iris-mlp',
    modelVersion: 1,
    datasetId: 1,
    datasetName: 'Iris',
    task: 'classification',
    status: 'running',
    backend: null,
    config: DEFAULT_TRAIN_CONFIG,
    epochsCompleted: 0,
    final: null,
    error: null,
    createdAt: '2025-01-01T00:00:00Z',
    startedAt: null,
    finishedAt: null,
    ...patch,
  };
}

const base = { projectPath: '/p', runId: 3 };
const progress = { ...base, phase: 'training' as const, epoch: 2, epochs: 20, batch: 5, batches: 10, samplesPerSec: 900, etaSeconds: 12 };

describe('mergeSeries', () => {
  it('unions by epoch, sorted, the second set winning', () => {
    const merged = mergeSeries(
      { loss: [{ epoch: 1, value: 1 }, { epoch: 2, value: 0.8 }] },
      { loss: [{ epoch: 3, value: 0.6 }, { epoch: 2, value: 0.7 }], val_loss: [{ epoch: 3, value: 0.9 }] },
    );
    expect(merged.loss).toEqual([
      { epoch: 1, value: 1 },
      { epoch: 2, value: 0.7 },
      { epoch: 3, value: 0.6 },
    ]);
    expect(merged.val_loss).toEqual([{ epoch: 3, value: 0.9 }]);
  });
});

describe('run events', () => {
  const start: RunsSnapshot = adoptRuns(EMPTY_RUNS, [run(1, { status: 'completed' }), run(3)]);

  it('lists runs newest first', () => {
    expect(start.runs.map((r) => r.id)).toEqual([3, 1]);
  });

  it('records the backend and status from run.status', () => {
    const s = applyStatus(start, { ...base, status: 'running', backend: 'wasm' });
    expect(s.runs[0]).toMatchObject({ status: 'running', backend: 'wasm' });
  });

  it('keeps progress while running and drops it when paused or finished', () => {
    let s = applyProgress(start, progress);
    expect(s.progress[3]?.batch).toBe(5);
    s = applyStatus(s, { ...base, status: 'paused', backend: 'wasm' });
    expect(s.progress[3]).toBeUndefined();
    s = applyProgress(s, progress);
    s = applyFinished(s, { ...base, status: 'stopped', epochsCompleted: 2, final: { loss: 0.5 }, error: null });
    expect(s.progress[3]).toBeUndefined();
    expect(s.runs[0]).toMatchObject({ status: 'stopped', epochsCompleted: 2, final: { loss: 0.5 } });
  });

  it('takes progress on a queued run as running', () => {
    const queued = adoptRuns(EMPTY_RUNS, [run(3, { status: 'queued' })]);
    expect(applyProgress(queued, progress).runs[0]?.status).toBe('running');
  });

  it('appends epochs as live points and updates the summary', () => {
    let s = applyEpoch(start, { ...base, epoch: 1, metrics: { loss: 1.1, val_loss: 1.2, accuracy: 0.4 } });
    s = applyEpoch(s, { ...base, epoch: 2, metrics: { loss: 0.9, val_loss: 1.0, accuracy: 0.6 } });
    expect(runSeries(s, 3).loss).toEqual([
      { epoch: 1, value: 1.1 },
      { epoch: 2, value: 0.9 },
    ]);
    expect(s.runs[0]).toMatchObject({ epochsCompleted: 2, final: { loss: 0.9 } });
  });

  it('does not lose live epochs when an older runs.get answer arrives', () => {
    let s = applyEpoch(start, { ...base, epoch: 1, metrics: { loss: 1 } });
    s = applyEpoch(s, { ...base, epoch: 2, metrics: { loss: 0.8 } });
    const stale: RunDetail = { ...run(3, { epochsCompleted: 1 }), metrics: { loss: [{ epoch: 1, value: 1 }] }, checkpoints: [] };
    s = adoptDetail(s, stale);
    expect(runSeries(s, 3).loss?.map((p) => p.epoch)).toEqual([1, 2]);
  });

  it('keeps a final status over an active one fetched before it', () => {
    let s = applyFinished(start, { ...base, status: 'completed', epochsCompleted: 20, final: { loss: 0.1 }, error: null });
    s = adoptDetail(s, { ...run(3, { status: 'running', epochsCompleted: 19 }), metrics: {}, checkpoints: [] });
    expect(s.runs[0]).toMatchObject({ status: 'completed', epochsCompleted: 20 });
    expect(s.details[3]?.status).toBe('completed');
  });

  it('does not put a started run back to queued when the answer to runs.start comes late', () => {
    const s = applyStatus(EMPTY_RUNS, { ...base, status: 'running', backend: 'cpu' });
    // The event arrived for a run not listed yet: nothing to patch, then the answer lists it.
    expect(adoptRun(s, run(3, { status: 'queued' })).runs[0]?.status).toBe('queued');
    const listed = adoptRuns(EMPTY_RUNS, [run(3, { status: 'running', backend: 'cpu' })]);
    expect(adoptRun(listed, run(3, { status: 'queued' })).runs[0]).toMatchObject({ status: 'running', backend: 'cpu' });
  });

  it('takes a fresher active status from a fetch', () => {
    const paused = adoptRuns(EMPTY_RUNS, [run(3, { status: 'paused' })]);
    expect(adoptRun(paused, run(3, { status: 'running' })).runs[0]?.status).toBe('running');
  });

  it('carries a failure’s error', () => {
    const error = { code: 'MODEL_INPUT_MISMATCH' as const, message: 'x', details: { dataset: 'MNIST' } };
    const s = applyFinished(start, { ...base, status: 'failed', epochsCompleted: 0, final: null, error });
    expect(s.runs[0]?.error).toEqual(error);
  });
});
