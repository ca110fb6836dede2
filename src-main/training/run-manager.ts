import { relative, resolve, sep } from 'node:path';
import type { EventBus } from '../api/event-bus';
import type { ProjectRegistry, OpenProject } from '../store/project-registry';
import type { WorkerHandle, WorkerLauncher } from './worker/launcher';
import type { FromWorker, PredictJob, WorkerJob } from './worker/protocol';
import type { TrainConfig } from '../../src-shared/training/config';
import type { RunStatus } from '../../src-shared/training/run-status';
import type { BackendProbe, RunSummary } from '../../src-shared/contract';
import type { BackendId } from '../../src-shared/training/backends';
import { StudioError, type ErrorPayload } from '../../src-shared/errors';
import { GraphSchema } from '../../src-shared/graph/format';
import { insertRun, markRunStarted, setRunPreprocessing, finishRun, setRunStatus } from '../store/repos/runs-repo';
import { recordEpoch } from '../store/repos/metrics-repo';
import { insertCheckpoint } from '../store/repos/checkpoints-repo';
import { getModel } from '../store/repos/models-repo';
import { buildDataSpec } from '../datasets/data-spec';
import { firstBlockingIssue, modelIssuesForDataset } from '../models/model-checks';
import { loadRunSummary } from './run-summary';

interface ActiveRun {
  projectDir: string;
  runId: number;
  handle: WorkerHandle;
  status: RunStatus;
  settled: boolean;
  epochs: number;
  done: Promise<RunSummary>;
  resolveDone: (summary: RunSummary) => void;
  stopTimer?: ReturnType<typeof setTimeout>;
}

/** How long a stopped worker may take to save its checkpoint before it is killed. */
const STOP_GRACE_MS = 60_000;

/**
 * Starts one worker process per run, persists what it reports (in transactions) and forwards
 * events. Training never runs on this process's event loop.
 */
export class RunManager {
  private readonly active = new Map<string, ActiveRun>();
  private backends?: Promise<{ backends: BackendProbe[]; auto: BackendId }>;

  constructor(
    private readonly deps: { projects: ProjectRegistry; launcher: WorkerLauncher; events: EventBus },
  ) {}

  private key(projectDir: string, runId: number): string {
    return `${projectDir}#${runId}`;
  }

  start(projectPath: string, modelId: number, datasetId: number, config: TrainConfig): RunSummary {
    const project = this.deps.projects.get(projectPath);
    const model = getModel(project.db, modelId);
    if (!model) throw new StudioError('NOT_FOUND', `Model ${modelId} does not exist in this project`, { modelId });
    const graph = GraphSchema.parse(JSON.parse(model.graph));
    const blocking = firstBlockingIssue(modelIssuesForDataset(project, graph, datasetId));
    if (blocking) throw new StudioError(blocking.code as never, blocking.message, blocking.details ?? undefined);
    const data = buildDataSpec(project, datasetId);

    const runId = insertRun(project.db, { modelVersionId: model.version_id, datasetId, configJson: JSON.stringify(config), seed: config.seed });
    let handle: WorkerHandle;
    try {
      handle = this.deps.launcher.launch({ name: `neurona-run-${runId}` });
    } catch (err) {
      // No process, no run: record why instead of leaving it queued forever.
      const error: ErrorPayload = { code: 'WORKER_CRASHED', message: `The training process could not start: ${(err as Error).message}` };
      finishRun(project.db, runId, 'failed', JSON.stringify(error));
      throw new StudioError(error.code, error.message, { runId });
    }
    let resolveDone!: (s: RunSummary) => void;
    const done = new Promise<RunSummary>((r) => (resolveDone = r));
    const run: ActiveRun = { projectDir: project.dir, runId, handle, status: 'queued', settled: false, epochs: 0, done, resolveDone };
    this.active.set(this.key(project.dir, runId), run);
    handle.onMessage((m) => this.onWorkerMessage(project, run, m));
    handle.onExit((code, signal) => this.onWorkerExit(project, run, code, signal));
    handle.send({
      type: 'start',
      job: { type: 'train', runId, graph, config, data, checkpointDir: project.blobs.checkpointsDir(runId) },
    });
    return loadRunSummary(project, runId);
  }

  private onWorkerMessage(project: OpenProject, run: ActiveRun, m: FromWorker): void {
    if (run.settled) return;
    const base = { projectPath: project.dir, runId: run.runId };
    switch (m.type) {
      case 'backend':
        markRunStarted(project.db, run.runId, m.backend);
        run.status = 'running';
        this.deps.events.emit('run.status', { ...base, status: 'running', backend: m.backend });
        return;
      case 'prepared':
        setRunPreprocessing(project.db, run.runId, JSON.stringify(m.preprocessing));
        return;
      case 'progress':
        this.deps.events.emit('run.progress', { ...base, ...withoutType(m) });
        return;
      case 'paused':
      case 'resumed': {
        run.status = m.type === 'paused' ? 'paused' : 'running';
        setRunStatus(project.db, run.runId, run.status);
        this.deps.events.emit('run.status', { ...base, status: run.status, backend: loadRunSummary(project, run.runId).backend });
        return;
      }
      case 'epoch':
        recordEpoch(project.db, run.runId, m.epoch, m.metrics);
        run.epochs = m.epoch;
        this.deps.events.emit('run.epoch', { ...base, epoch: m.epoch, metrics: m.metrics });
        return;
      case 'checkpoint': {
        const path = insideProject(project.dir, m.path);
        insertCheckpoint(project.db, { runId: run.runId, epoch: m.epoch, kind: m.kind, path, sha256: m.sha256 });
        return;
      }
      case 'finished':
        this.settle(project, run, m.status, null);
        return;
      case 'failed':
        this.settle(project, run, 'failed', m.error);
        return;
      default:
        return;
    }
  }

  private onWorkerExit(project: OpenProject, run: ActiveRun, code: number | null, signal: string | null): void {
    if (run.stopTimer) clearTimeout(run.stopTimer);
    if (run.settled) return;
    const how = signal ? `was killed (${signal})` : `exited with code ${code}`;
    this.settle(project, run, 'interrupted', {
      code: 'WORKER_CRASHED',
      message: `The training process ${how} before the run finished; the metrics of the ${run.epochs} completed epochs are kept`,
      details: { epochs: run.epochs, exitCode: code ?? null, signal: signal ?? null },
    });
  }

  private settle(project: OpenProject, run: ActiveRun, status: RunStatus, error: ErrorPayload | null): void {
    run.settled = true;
    run.status = status;
    if (run.stopTimer) clearTimeout(run.stopTimer);
    finishRun(project.db, run.runId, status, error ? JSON.stringify(error) : null);
    this.active.delete(this.key(project.dir, run.runId));
    const summary = loadRunSummary(project, run.runId);
    this.deps.events.emit('run.finished', {
      projectPath: project.dir,
      runId: run.runId,
      status,
      epochsCompleted: summary.epochsCompleted,
      final: summary.final,
      error: summary.error,
    });
    run.resolveDone(summary);
  }

  private activeRun(projectPath: string, runId: number): { project: OpenProject; run: ActiveRun } {
    const project = this.deps.projects.get(projectPath);
    const run = this.active.get(this.key(project.dir, runId));
    if (!run) {
      throw new StudioError('RUN_NOT_ACTIVE', `Run ${runId} is not running`, { runId, status: loadRunSummary(project, runId).status });
    }
    return { project, run };
  }

  /** Asks the worker to stop after the current batch; it saves a final checkpoint, then reports `stopped`. */
  stop(projectPath: string, runId: number): RunSummary {
    const { project, run } = this.activeRun(projectPath, runId);
    run.handle.send({ type: 'stop' });
    run.stopTimer ??= setTimeout(() => {
      if (!run.settled) {
        run.handle.kill();
        this.settle(project, run, 'stopped', null);
      }
    }, STOP_GRACE_MS);
    return loadRunSummary(project, runId);
  }

  pause(projectPath: string, runId: number): RunSummary {
    const { project, run } = this.activeRun(projectPath, runId);
    run.handle.send({ type: 'pause' });
    return loadRunSummary(project, runId);
  }

  resume(projectPath: string, runId: number): RunSummary {
    const { project, run } = this.activeRun(projectPath, runId);
    run.handle.send({ type: 'resume' });
    return loadRunSummary(project, runId);
  }

  /** Resolves when the run reaches a final status (the CLI waits on this). */
  waitFor(projectPath: string, runId: number): Promise<RunSummary> {
    const project = this.deps.projects.get(projectPath);
    const run = this.active.get(this.key(project.dir, runId));
    return run ? run.done : Promise.resolve(loadRunSummary(project, runId));
  }

  hasActiveRuns(projectPath: string): boolean {
    const dir = resolve(projectPath);
    return [...this.active.values()].some((r) => r.projectDir === dir);
  }

  /** Runs a one-shot worker job (predict, probe) and returns its answer. */
  runJob<T extends FromWorker['type']>(job: WorkerJob, answer: T, timeoutMs = 120_000): Promise<Extract<FromWorker, { type: T }>> {
    const handle = this.deps.launcher.launch({ name: `neurona-${job.type}` });
    return new Promise((resolvePromise, reject) => {
      let done = false;
      const finish = (fn: () => void): void => {
        if (done) return;
        done = true;
        clearTimeout(timer);
        fn();
        handle.kill();
      };
      const timer = setTimeout(
        () => finish(() => reject(new StudioError('RUN_FAILED', `The ${job.type} worker did not answer within ${Math.round(timeoutMs / 1000)} s`))),
        timeoutMs,
      );
      handle.onMessage((m) => {
        if (m.type === answer) finish(() => resolvePromise(m as Extract<FromWorker, { type: T }>));
        else if (m.type === 'failed') finish(() => reject(new StudioError(m.error.code, m.error.message, m.error.details)));
      });
      handle.onExit((code) =>
        finish(() => reject(new StudioError('WORKER_CRASHED', `The ${job.type} worker exited with code ${code} before answering`, { exitCode: code ?? null }))),
      );
      handle.send({ type: 'start', job });
    });
  }

  predict(job: PredictJob): Promise<number[][]> {
    return this.runJob(job, 'predictions').then((m) => m.outputs);
  }

  probeBackends(): Promise<{ backends: BackendProbe[]; auto: BackendId }> {
    this.backends ??= this.runJob({ type: 'probe' }, 'probe').then((m) => {
      const auto = m.backends.find((b) => b.available)?.id ?? 'cpu';
      return { backends: m.backends, auto };
    });
    this.backends.catch(() => (this.backends = undefined));
    return this.backends;
  }

  /** On quit: stop every run (each saves a checkpoint), then kill what is left; they end `stopped` or `interrupted`. */
  async shutdown(graceMs = 10_000): Promise<void> {
    const runs = [...this.active.values()];
    for (const run of runs) run.handle.send({ type: 'stop' });
    await Promise.race([Promise.all(runs.map((r) => r.done)), new Promise((r) => setTimeout(r, graceMs))]);
    for (const run of runs) if (!run.settled) run.handle.kill();
    await Promise.race([Promise.all(runs.map((r) => r.done)), new Promise((r) => setTimeout(r, 2_000))]);
  }
}

function withoutType<T extends { type: string }>(m: T): Omit<T, 'type'> {
  const { type: _type, ...rest } = m;
  return rest;
}

/** Checkpoint paths are stored relative to the project and must stay inside it. */
function insideProject(projectDir: string, path: string): string {
  const rel = relative(projectDir, resolve(path));
  if (rel.startsWith('..') || rel.split(sep).includes('..') || resolve(projectDir, rel) !== resolve(path)) {
    throw new StudioError('PATH_OUTSIDE_FOLDER', `Checkpoint path ${path} is outside the project`, { path });
  }
  return rel.split(sep).join('/');
}
