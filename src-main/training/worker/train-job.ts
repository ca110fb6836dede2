import { basename } from 'node:path';
import type * as tfTypes from '@tensorflow/tfjs';
import type { DatasetShapeInfo } from '../../../src-shared/data/dataset';
import { loadBackend } from '../engine/backends';
import { removeStaleCheckpointTemps, saveCheckpoint } from '../engine/checkpoints';
import { prepareTrainingData } from '../engine/data/prepare-data';
import { PreparationStopped, type PrepareProgress, type TrainingData } from '../engine/data/training-data';
import { checkModelInput, resolveObjective } from '../engine/objective';
import { ProgressThrottle } from '../engine/progress-throttle';
import { trainModel } from '../engine/train-loop';
import type { JobContext } from './job-context';
import type { DataSpec, TrainJob } from './protocol';

function datasetShape(spec: DataSpec, data: TrainingData): DatasetShapeInfo {
  const target = data.preprocessing.target;
  return {
    name: spec.datasetName ?? (spec.kind === 'table' ? (spec.fileName ?? basename(spec.csvPath)) : 'images'),
    task: target.task,
    inputShape: data.inputShape,
    classes: target.task === 'classification' ? target.classes : [],
  };
}

/**
 * One training run: backend → data → model → loop → final checkpoint. Messages follow the
 * protocol's order: backend, prepared, progress/epoch/paused/resumed…, checkpoint, finished.
 */
export async function runTrainJob(job: TrainJob, context: JobContext): Promise<void> {
  const { send, control, buildModel } = context;
  const { config } = job;
  const { id: backendId, tf } = await loadBackend(config.backend);
  send({ type: 'backend', backend: backendId });
  await removeStaleCheckpointTemps(job.checkpointDir);

  const throttle = new ProgressThrottle();
  const prepareStart = performance.now();
  const reportPreparing = ({ done, total }: PrepareProgress): void => {
    if (!throttle.shouldSend(done === total)) return;
    const seconds = (performance.now() - prepareStart) / 1000;
    const rate = seconds > 0 ? done / seconds : 0;
    send({ type: 'progress', phase: 'preparing', epoch: 0, epochs: config.epochs, batch: done, batches: total, samplesPerSec: rate, etaSeconds: rate > 0 ? (total - done) / rate : null });
  };
  let data: TrainingData;
  try {
    data = await prepareTrainingData(job.data, { onProgress: reportPreparing, shouldStop: () => control.stopping });
  } catch (err) {
    if (!(err instanceof PreparationStopped)) throw err;
    send({ type: 'finished', status: 'stopped', epochs: 0 });
    return;
  }

  let model: tfTypes.LayersModel | null = null;
  try {
    send({ type: 'prepared', preprocessing: data.preprocessing, trainSamples: data.train.count, valSamples: data.val.count });
    if (control.stopping) {
      send({ type: 'finished', status: 'stopped', epochs: 0 });
      return;
    }
    model = buildModel(tf, job.graph, { seed: config.seed, dataset: datasetShape(job.data, data) });
    checkModelInput(model, data.inputShape);
    const result = await trainModel({
      tf,
      backendId,
      model,
      data,
      objective: resolveObjective(tf, model, data.preprocessing.target),
      config,
      control,
      onProgress: (progress) => send({ type: 'progress', ...progress }),
      onEpoch: (epoch, metrics) => send({ type: 'epoch', epoch, metrics }),
      onPaused: () => send({ type: 'paused' }),
      onResumed: () => send({ type: 'resumed' }),
    });
    // A diverged model holds non-finite weights: nothing worth keeping.
    if (result.status !== 'diverged') {
      const saved = await saveCheckpoint(model, job.checkpointDir, result.epochsCompleted, 'final');
      send({ type: 'checkpoint', epoch: result.epochsCompleted, kind: 'final', path: saved.path, sha256: saved.sha256 });
    }
    send({ type: 'finished', status: result.status, epochs: result.epochsCompleted });
  } finally {
    model?.dispose();
    await data.close();
  }
}
