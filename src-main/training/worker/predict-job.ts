import type * as tfTypes from '@tensorflow/tfjs';
import { encodeTableRow } from '../../../src-shared/data/table-encoding';
import { StudioError } from '../../../src-shared/errors';
import { loadBackend, type LoadedBackend } from '../engine/backends';
import { loadCheckpoint } from '../engine/checkpoints';
import { decodeImage } from '../engine/data/image-cache';
import { scalePixels } from '../engine/data/image-data';
import { explainKernelError } from '../engine/kernel-errors';
import { checkModelInput } from '../engine/objective';
import type { JobContext } from './job-context';
import type { PredictJob } from './protocol';

/** Inputs go through the model this many at a time, so image files are decoded a batch at a time. */
const PREDICT_BATCH = 64;

/** The recorded backend when it still works here (a project may have moved machines), else the ladder. */
async function backendFor(job: PredictJob): Promise<LoadedBackend> {
  try {
    return await loadBackend(job.backend);
  } catch (err) {
    if (job.backend === 'auto' || !(err instanceof StudioError) || err.code !== 'BACKEND_UNAVAILABLE') throw err;
    return loadBackend('auto');
  }
}

/** One batch of encoded inputs, as [n, ...inputShape] values. */
async function encodeBatch(job: PredictJob, from: number, to: number): Promise<{ values: Float32Array; shape: number[] }> {
  const input = job.preprocessing.input;
  if (job.inputs.kind === 'table') {
    if (input.kind !== 'table') throw new StudioError('INVALID_INPUT', 'This model takes images, not table rows');
    const rows = job.inputs.rows.slice(from, to);
    const values = new Float32Array(rows.length * input.size);
    rows.forEach((row, i) => values.set(encodeTableRow(job.preprocessing, row), i * input.size));
    return { values, shape: [rows.length, input.size] };
  }
  if (input.kind !== 'image') throw new StudioError('INVALID_INPUT', 'This model takes table rows, not images');
  const shape = { height: input.height, width: input.width, channels: input.channels };
  const size = input.height * input.width * input.channels;
  const paths = job.inputs.paths.slice(from, to);
  const values = new Float32Array(paths.length * size);
  const decoded = await Promise.all(paths.map((path) => decodeImage({ path }, shape)));
  decoded.forEach((pixels, i) => {
    // Same scaling as training (recorded in the preprocessing).
    if (input.scale === 255) scalePixels(pixels, values, i * size);
    else for (let p = 0; p < size; p += 1) values[i * size + p] = pixels[p] / input.scale;
  });
  return { values, shape: [paths.length, input.height, input.width, input.channels] };
}

/** Raw model outputs for each input, from a checkpoint and the run's fitted preprocessing. */
export async function runPredictJob(job: PredictJob, context: Pick<JobContext, 'send'>): Promise<void> {
  const { tf, id } = await backendFor(job);
  const model = await loadCheckpoint(tf, job.checkpointPath);
  try {
    const input = job.preprocessing.input;
    checkModelInput(model, input.kind === 'table' ? [input.size] : [input.height, input.width, input.channels]);
    const count = job.inputs.kind === 'table' ? job.inputs.rows.length : job.inputs.paths.length;
    const outputs: number[][] = [];
    for (let from = 0; from < count; from += PREDICT_BATCH) {
      const { values, shape } = await encodeBatch(job, from, Math.min(count, from + PREDICT_BATCH));
      const batch = tf.tidy(() => {
        const out = model.predict(tf.tensor(values, shape)) as tfTypes.Tensor;
        return out.reshape([shape[0], -1]).arraySync() as number[][];
      });
      outputs.push(...batch);
    }
    context.send({ type: 'predictions', outputs });
  } catch (err) {
    throw explainKernelError(err, id, 'run');
  } finally {
    model.dispose();
  }
}
