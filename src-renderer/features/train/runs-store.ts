import { create } from 'zustand';
import type { RunSummary } from '../../../src-shared/contract';
import type { TrainConfigInput } from '../../../src-shared/training/config';
import { asApiError, type ApiError } from '../../api/api-error';
import { api } from '../../api/studio-api';
import {
  EMPTY_RUNS,
  adoptDetail,
  adoptRun,
  adoptRuns,
  applyEpoch,
  applyFinished,
  applyProgress,
  applyStatus,
  type RunsSnapshot,
} from './run-events';

interface RunsState extends RunsSnapshot {
  projectPath: string | null;
  loaded: boolean;
  error: ApiError | null;
  load(projectPath: string): Promise<void>;
  loadDetail(projectPath: string, runId: number): Promise<void>;
  start(projectPath: string, input: { modelId: number; datasetId: number; config: TrainConfigInput }): Promise<RunSummary>;
  /** Asks the worker to pause, resume or stop; the outcome arrives as events. */
  control(projectPath: string, runId: number, action: 'pause' | 'resume' | 'stop'): Promise<void>;
}

export const useRuns = create<RunsState>((set, get) => {
  /** Applies a pure update to the snapshot when it still belongs to projectPath. */
  function update(projectPath: string, fn: (s: RunsSnapshot) => RunsSnapshot): void {
    const state = get();
    if (state.projectPath !== projectPath) return;
    const { runs, details, live, progress } = fn(state);
    set({ runs, details, live, progress });
  }

  return {
    ...EMPTY_RUNS,
    projectPath: null,
    loaded: false,
    error: null,
    async load(projectPath) {
      if (get().projectPath !== projectPath) set({ ...EMPTY_RUNS, projectPath, loaded: false, error: null });
      try {
        const runs = await api.call('runs.list', { projectPath });
        update(projectPath, (s) => adoptRuns(s, runs));
        if (get().projectPath === projectPath) set({ loaded: true, error: null });
      } catch (err) {
        if (get().projectPath === projectPath) set({ loaded: true, error: asApiError(err) });
      }
    },
    async loadDetail(projectPath, runId) {
      const detail = await api.call('runs.get', { projectPath, runId });
      update(projectPath, (s) => adoptDetail(s, detail));
    },
    async start(projectPath, input) {
      const run = await api.call('runs.start', { projectPath, ...input });
      update(projectPath, (s) => adoptRun(s, run));
      return run;
    },
    async control(projectPath, runId, action) {
      const method = action === 'pause' ? 'runs.pause' : action === 'resume' ? 'runs.resume' : 'runs.stop';
      // The answer is the run as it was when asked; the worker acts between batches and the
      // new status comes as run.status / run.finished events.
      await api.call(method, { projectPath, runId });
    },
  };
});

/** Started once at start-up: run events update the open project's runs. */
export function followRunEvents(): () => void {
  const apply = <P extends { projectPath: string }>(fn: (s: RunsSnapshot, p: P) => RunsSnapshot) => (payload: P) => {
    const state = useRuns.getState();
    if (state.projectPath !== payload.projectPath) return;
    const { runs, details, live, progress } = fn(state, payload);
    useRuns.setState({ runs, details, live, progress });
  };
  const offs = [
    api.on('run.status', apply(applyStatus)),
    api.on('run.progress', apply(applyProgress)),
    api.on('run.epoch', apply(applyEpoch)),
    api.on('run.finished', apply(applyFinished)),
    // Events sent while the connection was down are lost: fetch the state again.
    api.onConnectionChange((state) => {
      const path = useRuns.getState().projectPath;
      if (state === 'open' && path) void useRuns.getState().load(path);
    }),
  ];
  return () => offs.forEach((off) => off());
}
