import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TrainJob } from '../src-main/training/worker/protocol';
import { ProjectRegistry } from '../src-main/store/project-registry';
import { addSampleDataset, buildDataSpec } from '../src-main/datasets';
import { createDefaultModel } from '../src-main/models/model-service';
import { TrainConfigSchema } from '../src-shared/training/config';
import type { BackendId } from '../src-shared/training/backends';
import type { Workload } from './workloads';

/**
 * Imports each workload's sample dataset into a scratch project with the studio's own importers
 * and builds the same TrainJob the run manager would send to a worker.
 */
export async function prepareJobs(workloads: readonly Workload[]): Promise<{ projectDir: string; jobFor(w: Workload, backend: BackendId): TrainJob }> {
  const parent = mkdtempSync(join(tmpdir(), 'neurona-bench-'));
  const registry = new ProjectRegistry('bench');
  const project = registry.create(parent, 'bench');
  const prepared = new Map<string, { graph: TrainJob['graph']; data: TrainJob['data'] }>();
  for (const w of workloads) {
    const datasetId = await addSampleDataset(project, w.sample, () => undefined);
    const model = createDefaultModel(project, datasetId, { template: w.template });
    prepared.set(w.id, { graph: model.graph, data: buildDataSpec(project, datasetId) });
  }
  registry.closeAll();
  let runId = 0;
  return {
    projectDir: project.dir,
    jobFor(w, backend) {
      const p = prepared.get(w.id)!;
      runId += 1;
      return {
        type: 'train',
        runId,
        graph: p.graph,
        data: p.data,
        config: TrainConfigSchema.parse({ epochs: w.epochs, batchSize: w.batchSize, learningRate: w.learningRate, optimizer: 'adam', backend, seed: 42 }),
        checkpointDir: join(project.dir, 'blobs', 'checkpoints', `bench-${runId}`),
      };
    },
  };
}
