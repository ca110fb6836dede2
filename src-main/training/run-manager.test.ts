import { afterEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { startStudioFixture, type StudioFixture } from '../testing/studio-fixture';
import { createForkLauncher, type WorkerHandle, type WorkerLauncher } from './worker/launcher';
import { BUILT_WORKER } from '../testing/built-app';
import { createStudio } from '../api/studio';
import type { AnyEvent } from '../api/event-bus';

// The run lifecycle through the router, with real worker processes (the built out/main/worker.js).

let fixture: StudioFixture | undefined;
afterEach(async () => {
  await fixture?.close();
  fixture = undefined;
});

async function irisProject(f: StudioFixture) {
  const { router } = f.studio;
  const project = await router.invoke('projects.create', { name: 'Runs' });
  const dataset = await router.invoke('datasets.addSample', { projectPath: project.path, sample: 'iris' });
  const model = await router.invoke('models.createDefault', { projectPath: project.path, datasetId: dataset.id });
  return { projectPath: project.path, dataset, model };
}

const finishedFor = (runId: number) => (e: AnyEvent) => e.name === 'run.finished' && e.payload.runId === runId;
const epochOf = (runId: number, epoch: number) => (e: AnyEvent) => e.name === 'run.epoch' && e.payload.runId === runId && e.payload.epoch >= epoch;

describe('RunManager with real workers', () => {
  it('trains Iris to > 90% training accuracy on wasm, storing every epoch and a final checkpoint', async () => {
    fixture = await startStudioFixture();
    const { router } = fixture.studio;
    const { projectPath, dataset, model } = await irisProject(fixture);
    const run = await router.invoke('runs.start', { projectPath, modelId: model.id, datasetId: dataset.id, config: { epochs: 20, batchSize: 16, learningRate: 0.01 } });
    expect(run.status).toBe('queued');
    await fixture.waitFor(finishedFor(run.id));

    const detail = await router.invoke('runs.get', { projectPath, runId: run.id });
    expect(detail.status).toBe('completed');
    expect(detail.backend).toBe('wasm');
    expect(detail.epochsCompleted).toBe(20);
    for (const name of ['loss', 'accuracy', 'val_loss', 'val_accuracy']) expect(detail.metrics[name]).toHaveLength(20);
    expect(detail.metrics.loss.map((p) => p.epoch)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(detail.final!.accuracy).toBeGreaterThan(0.9);
    expect(detail.checkpoints).toEqual([expect.objectContaining({ kind: 'final', epoch: 20 })]);
    expect(detail.checkpoints[0].path).toMatch(/^blobs\/checkpoints\/run-\d+\/epoch-0020-final$/);

    const runEvents = fixture.events.filter((e) => 'runId' in e.payload && e.payload.runId === run.id);
    expect(runEvents.find((e) => e.name === 'run.status')?.payload).toMatchObject({ status: 'running', backend: 'wasm' });
    expect(runEvents.filter((e) => e.name === 'run.epoch')).toHaveLength(20);
    const progress = runEvents.filter((e) => e.name === 'run.progress').map((e) => e.payload as { batch: number; batches: number; phase: string });
    expect(progress.some((p) => p.phase === 'training' && p.batches === 8 && p.batch >= 1)).toBe(true);
  });

  it('stops within the current batch: status stopped, metrics kept, a final checkpoint written', async () => {
    fixture = await startStudioFixture();
    const { router } = fixture.studio;
    const { projectPath, dataset, model } = await irisProject(fixture);
    const run = await router.invoke('runs.start', { projectPath, modelId: model.id, datasetId: dataset.id, config: { epochs: 5000, batchSize: 1 } });
    await fixture.waitFor(epochOf(run.id, 1));
    await router.invoke('runs.stop', { projectPath, runId: run.id });
    const finished = await fixture.waitFor(finishedFor(run.id));
    expect(finished.payload).toMatchObject({ status: 'stopped' });
    const detail = await router.invoke('runs.get', { projectPath, runId: run.id });
    expect(detail.status).toBe('stopped');
    expect(detail.epochsCompleted).toBeGreaterThanOrEqual(1);
    expect(detail.epochsCompleted).toBeLessThan(5000);
    expect(detail.checkpoints.map((c) => c.kind)).toEqual(['final']);
    await expect(router.invoke('runs.stop', { projectPath, runId: run.id })).rejects.toMatchObject({ code: 'RUN_NOT_ACTIVE' });
  });

  it('pauses between batches and resumes', async () => {
    fixture = await startStudioFixture();
    const { router } = fixture.studio;
    const { projectPath, dataset, model } = await irisProject(fixture);
    const run = await router.invoke('runs.start', { projectPath, modelId: model.id, datasetId: dataset.id, config: { epochs: 5000, batchSize: 1 } });
    await fixture.waitFor(epochOf(run.id, 1));
    await router.invoke('runs.pause', { projectPath, runId: run.id });
    await fixture.waitFor((e) => e.name === 'run.status' && e.payload.runId === run.id && e.payload.status === 'paused');
    expect((await router.invoke('runs.get', { projectPath, runId: run.id })).status).toBe('paused');
    const epochsWhilePaused = fixture.events.filter((e) => e.name === 'run.epoch' && e.payload.runId === run.id).length;
    await new Promise((r) => setTimeout(r, 400));
    expect(fixture.events.filter((e) => e.name === 'run.epoch' && e.payload.runId === run.id).length).toBe(epochsWhilePaused);
    const mark = fixture.events.length;
    await router.invoke('runs.resume', { projectPath, runId: run.id });
    const events = fixture.events;
    await fixture.waitFor((e) => events.indexOf(e) >= mark && e.name === 'run.status' && e.payload.runId === run.id && e.payload.status === 'running');
    await router.invoke('runs.stop', { projectPath, runId: run.id });
    expect((await fixture.waitFor(finishedFor(run.id))).payload).toMatchObject({ status: 'stopped' });
  });

  it('a killed worker leaves the run interrupted with its committed metrics and a sound database', async () => {
    const handles: WorkerHandle[] = [];
    const base = createForkLauncher(BUILT_WORKER);
    const launcher: WorkerLauncher = {
      launch(o) {
        const h = base.launch(o);
        handles.push(h);
        return h;
      },
    };
    fixture = await startStudioFixture({ launcher });
    const { router } = fixture.studio;
    const { projectPath, dataset, model } = await irisProject(fixture);
    const run = await router.invoke('runs.start', { projectPath, modelId: model.id, datasetId: dataset.id, config: { epochs: 5000, batchSize: 4 } });
    await fixture.waitFor(epochOf(run.id, 2));
    handles.at(-1)!.kill();
    const finished = await fixture.waitFor(finishedFor(run.id));
    expect(finished.payload).toMatchObject({ status: 'interrupted', error: expect.objectContaining({ code: 'WORKER_CRASHED' }) });
    const detail = await router.invoke('runs.get', { projectPath, runId: run.id });
    expect(detail.status).toBe('interrupted');
    expect(detail.epochsCompleted).toBeGreaterThanOrEqual(2);
    expect(detail.metrics.loss.length).toBe(detail.epochsCompleted);
    const db = new Database(join(projectPath, 'project.db'), { readonly: true });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });

  it('a worker that cannot start fails the run with a reason instead of leaving it queued', async () => {
    fixture = await startStudioFixture({
      launcher: {
        launch() {
          throw new Error('spawn ENOENT');
        },
      },
    });
    const { router } = fixture.studio;
    const { projectPath, dataset, model } = await irisProject(fixture);
    await expect(router.invoke('runs.start', { projectPath, modelId: model.id, datasetId: dataset.id, config: {} })).rejects.toMatchObject({
      code: 'WORKER_CRASHED',
      message: expect.stringContaining('spawn ENOENT'),
    });
    const [run] = await router.invoke('runs.list', { projectPath });
    expect(run).toMatchObject({ status: 'failed', error: expect.objectContaining({ code: 'WORKER_CRASHED' }) });
  });

  it('refuses to train a model that does not fit the dataset, explaining the fix', async () => {
    fixture = await startStudioFixture();
    const { router } = fixture.studio;
    const { projectPath, dataset, model } = await irisProject(fixture);
    const graph = structuredClone(model.graph);
    const last = graph.nodes.find((n) => n.name === model.layers.at(-1)!.name)!;
    last.params = { ...last.params, units: 10 };
    const wrong = await router.invoke('models.save', { projectPath, name: 'ten outputs', datasetId: dataset.id, graph });
    expect(wrong.issues).toEqual(expect.arrayContaining([expect.objectContaining({ code: 'MODEL_OUTPUT_MISMATCH', severity: 'error' })]));
    const err = await router.invoke('runs.start', { projectPath, modelId: wrong.id, datasetId: dataset.id, config: {} }).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'MODEL_OUTPUT_MISMATCH', details: expect.objectContaining({ units: 10, classes: 3 }) });
    expect((err as Error).message).toMatch(/has 10 units.*3 classes.*[Ss]et its units to 3/);
    expect(await router.invoke('runs.list', { projectPath })).toEqual([]);
  });

  it('after a restart the runs and their curves are still there; runs left running become interrupted', async () => {
    fixture = await startStudioFixture();
    const { router } = fixture.studio;
    const { projectPath, dataset, model } = await irisProject(fixture);
    const run = await router.invoke('runs.start', { projectPath, modelId: model.id, datasetId: dataset.id, config: { epochs: 3 } });
    await fixture.waitFor(finishedFor(run.id));
    await fixture.studio.close();

    // A crash while a run was "running": the row is left as it was.
    const db = new Database(join(projectPath, 'project.db'));
    db.prepare(`UPDATE runs SET status = 'running' WHERE id = ?`).run(run.id);
    db.close();

    const again = await createStudio({ mode: 'browser', dataDir: fixture.dataDir, defaultProjectsDir: fixture.dataDir, launcher: createForkLauncher(BUILT_WORKER), appVersion: 'test' });
    try {
      expect((await again.router.invoke('projects.list', {})).recent.map((p) => p.path)).toContain(projectPath);
      const detail = await again.router.invoke('runs.get', { projectPath, runId: run.id });
      expect(detail.status).toBe('interrupted');
      expect(detail.metrics.loss).toHaveLength(3);
    } finally {
      await again.close();
    }
  });
});
