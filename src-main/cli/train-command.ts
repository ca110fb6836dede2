import { mkdtempSync, existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import type { Studio } from '../api/studio';
import type { AnyEvent } from '../api/event-bus';
import type { RunSummary } from '../../src-shared/contract';
import { StudioError } from '../../src-shared/errors';
import { isProjectFolder, PROJECT_SUFFIX } from '../store/project-folder';
import { CliUsageError } from './cli-error';
import type { TrainOptions } from './train-options';

export interface TrainResult {
  runId: number;
  project: string;
  backend: string | null;
  epochs: number;
  task: string;
  final: Record<string, number>;
  exportDir?: string;
}

function formatMetrics(metrics: Record<string, number>): string {
  const order = ['loss', 'accuracy', 'mae', 'val_loss', 'val_accuracy', 'val_mae'];
  const names = [...order.filter((n) => n in metrics), ...Object.keys(metrics).filter((n) => !order.includes(n)).sort()];
  return names.map((n) => `${n}=${metrics[n].toFixed(4)}`).join(' ');
}

async function openOrCreateProject(studio: Studio, options: TrainOptions): Promise<{ path: string; temporary: boolean }> {
  const { router } = studio;
  if (!options.project) {
    const parent = mkdtempSync(join(tmpdir(), 'neurona-cli-'));
    const p = await router.invoke('projects.create', { name: 'cli', parentDir: parent });
    return { path: p.path, temporary: true };
  }
  const dir = options.project;
  if (isProjectFolder(dir)) return { path: (await router.invoke('projects.open', { path: dir })).path, temporary: false };
  if (existsSync(dir) && readdirSync(dir).length > 0) throw new CliUsageError(`--project ${dir} exists but is not a Neurona project (no project.db)`);
  if (!basename(dir).endsWith(PROJECT_SUFFIX)) throw new CliUsageError(`--project: a new project folder must end in ${PROJECT_SUFFIX} (e.g. ${basename(dir)}${PROJECT_SUFFIX})`);
  const name = basename(dir).slice(0, -PROJECT_SUFFIX.length);
  const p = await router.invoke('projects.create', { name, parentDir: dirname(dir) });
  return { path: p.path, temporary: false };
}

/** `neurona train`: import → default model (or template) → train with a validation split → optional export. */
export async function runTrain(studio: Studio, options: TrainOptions, log: (line: string) => void): Promise<{ result: TrainResult; summary: RunSummary }> {
  const { router, events } = studio;
  const project = await openOrCreateProject(studio, options);
  const projectPath = project.path;

  const dataset =
    options.dataKind === 'csv'
      ? await router.invoke('datasets.importCsv', { projectPath, filePath: options.data, target: options.target! })
      : await router.invoke('datasets.importFolder', { projectPath, folderPath: options.data });
  const counts = dataset.splitCounts;
  log(`imported ${dataset.name}: ${dataset.sampleCount} samples (${counts.train} train / ${counts.val} validation), ${dataset.task}${dataset.classes.length ? `, ${dataset.classes.length} classes` : ''}`);

  const model = await router.invoke('models.createDefault', { projectPath, datasetId: dataset.id, template: options.template });
  log(`model ${model.name}: ${model.layers.length} layers, ${model.totalParams} parameters`);

  let runId = -1;
  const pending: AnyEvent[] = [];
  let resolveFinished!: () => void;
  const finished = new Promise<void>((r) => (resolveFinished = r));
  const onEvent = (event: AnyEvent): void => {
    if (runId < 0) {
      pending.push(event);
      return;
    }
    if (!('runId' in event.payload) || event.payload.runId !== runId || event.payload.projectPath !== projectPath) return;
    if (event.name === 'run.status' && event.payload.status === 'running' && event.payload.backend) log(`training on backend ${event.payload.backend}`);
    if (event.name === 'run.epoch') log(`epoch ${event.payload.epoch}/${options.config.epochs} ${formatMetrics(event.payload.metrics)}`);
    if (event.name === 'run.finished') resolveFinished();
  };
  const unsubscribe = events.subscribe(onEvent);
  const stopOnSignal = (): void => {
    log('stopping after the current batch…');
    void router.call('runs.stop', { projectPath, runId });
  };
  try {
    const run = await router.invoke('runs.start', { projectPath, modelId: model.id, datasetId: dataset.id, config: options.config });
    runId = run.id;
    for (const e of pending.splice(0)) onEvent(e);
    process.once('SIGINT', stopOnSignal);
    await finished;
  } finally {
    process.off('SIGINT', stopOnSignal);
    unsubscribe();
  }

  // A throwaway project should not crowd the recent-projects list; its path is still printed.
  if (project.temporary) await router.invoke('projects.forget', { path: projectPath });
  const summary = await router.invoke('runs.get', { projectPath, runId });
  if (summary.status === 'failed' || summary.status === 'diverged' || summary.status === 'interrupted') {
    const why = summary.error?.message ?? (summary.status === 'diverged' ? 'the loss became NaN or infinite; try a lower learning rate' : summary.status);
    throw new StudioError(summary.error?.code ?? 'RUN_FAILED', `run ${runId} ${summary.status}: ${why}`, { runId });
  }
  const result: TrainResult = {
    runId,
    project: projectPath,
    backend: summary.backend,
    epochs: summary.epochsCompleted,
    task: summary.task,
    final: summary.final ?? {},
  };
  if (options.exportDir) {
    const exported = await router.invoke('exports.create', { projectPath, runId, dir: options.exportDir });
    result.exportDir = exported.dir;
    log(`exported to ${exported.dir}`);
  }
  return { result, summary };
}
