import type * as tfTypes from '@tensorflow/tfjs';
import type { TrainConfig } from '../../../src-shared/training/config';
import { StudioError } from '../../../src-shared/errors';
import { createRandom, shuffleInPlace } from '../../../src-shared/training/random';
import type { Tf } from './backends';
import type { Batch, SplitSource, TrainingData } from './data/training-data';
import { explainKernelError } from './kernel-errors';
import type { Objective } from './objective';
import { createOptimizer } from './optimizers';
import { ProgressThrottle } from './progress-throttle';
import type { RunControl } from './run-control';

// The project's own training loop (DESIGN.md "Training"): seeded shuffling, one optimizer step
// per batch, pause/stop between batches, validation in inference mode after each epoch.

export interface TrainProgress {
  phase: 'training' | 'validating';
  /** 1-based. */
  epoch: number;
  epochs: number;
  /** 1-based batch within the phase. */
  batch: number;
  batches: number;
  samplesPerSec: number;
  etaSeconds: number | null;
}

export type EpochMetrics = Record<string, number>;

export interface TrainLoopOptions {
  tf: Tf;
  /** Named in error messages (a kernel the backend lacks). */
  backendId: string;
  model: tfTypes.LayersModel;
  data: TrainingData;
  objective: Objective;
  config: TrainConfig;
  control: RunControl;
  onProgress?: (progress: TrainProgress) => void;
  /** Called after each full epoch (training and validation) with its metrics. */
  onEpoch?: (epoch: number, metrics: EpochMetrics) => void | Promise<void>;
  /** Called when the loop actually stops between batches for a pause, and when it goes on. */
  onPaused?: () => void;
  onResumed?: () => void;
  /** Milliseconds; replaceable in tests. */
  now?: () => number;
}

export interface TrainLoopResult {
  status: 'completed' | 'stopped' | 'diverged';
  epochsCompleted: number;
}

/** Validation is inference only, roughly a third of a training step per sample; used for the ETA. */
const VALIDATION_COST = 1 / 3;

const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** Reads a batch ahead of use; a read that is never awaited must not become an unhandled rejection. */
function readAhead(split: SplitSource, indices: readonly number[]): Promise<Batch> {
  const pending = split.read(indices);
  pending.catch(() => undefined);
  return pending;
}

function batchIndices(order: readonly number[], batch: number, batchSize: number): number[] {
  return order.slice(batch * batchSize, (batch + 1) * batchSize);
}

function range(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i);
}

class Clock {
  private pausedMs = 0;
  private readonly start: number;

  constructor(private readonly now: () => number) {
    this.start = now();
  }

  addPause(ms: number): void {
    this.pausedMs += ms;
  }

  /** Active (not paused) seconds since the clock started. */
  seconds(): number {
    return Math.max(0, this.now() - this.start - this.pausedMs) / 1000;
  }
}

export async function trainModel(options: TrainLoopOptions): Promise<TrainLoopResult> {
  const { tf, model, data, objective, config, control } = options;
  const now = options.now ?? (() => performance.now());
  const throttle = new ProgressThrottle(100, now);
  const optimizer = createOptimizer(tf, config.optimizer, config.learningRate);
  const variables = model.trainableWeights.map((w) => w.read() as tfTypes.Variable);
  if (variables.length === 0) {
    optimizer.dispose();
    throw new StudioError('GRAPH_INVALID', 'The model has no trainable parameters; add a Dense or Conv2D layer, or make a frozen layer trainable');
  }
  const random = createRandom(config.seed);
  const order = range(data.train.count);
  const batchSize = config.batchSize;
  const trainBatches = Math.ceil(data.train.count / batchSize);
  const valBatches = Math.ceil(data.val.count / batchSize);
  let samplesPerSec = 0;

  const etaSeconds = (epoch: number, trainDone: number, valDone: number): number | null => {
    if (samplesPerSec <= 0) return null;
    const epochsAfter = config.epochs - epoch;
    const trainLeft = data.train.count - trainDone + epochsAfter * data.train.count;
    const valLeft = data.val.count - valDone + epochsAfter * data.val.count;
    return (trainLeft + valLeft * VALIDATION_COST) / samplesPerSec;
  };

  /** Honors a pause between batches; returns false when the run is to stop. */
  const continueAfterPause = async (clock: Clock): Promise<boolean> => {
    if (control.pausing) {
      const pausedAt = now();
      options.onPaused?.();
      await control.waitWhilePaused();
      clock.addPause(now() - pausedAt);
      if (!control.stopping) options.onResumed?.();
    }
    return !control.stopping;
  };

  const trainStep = (batch: Batch): { loss: number; metric: number } => {
    let metric: tfTypes.Scalar | null = null;
    const lossOf = (): tfTypes.Scalar => {
      const x = tf.tensor(batch.x, [batch.size, ...data.inputShape]);
      const target = objective.targets(batch.y, batch.size);
      const output = model.apply(x, { training: true }) as tfTypes.Tensor;
      metric = tf.keep(tf.mean(objective.sampleMetric(target, output)) as tfTypes.Scalar);
      return tf.addN([tf.mean(objective.sampleLoss(target, output)), ...model.calculateLosses()]) as tfTypes.Scalar;
    };
    let cost: tfTypes.Scalar;
    if (config.clipNorm > 0) {
      const { value, grads } = tf.variableGrads(lossOf, variables);
      const clipped = tf.tidy(() => {
        const names = Object.keys(grads);
        const norm = tf.sqrt(tf.addN(names.map((n) => tf.sum(tf.square(grads[n])))));
        const scale = tf.minimum(1, tf.div(config.clipNorm, tf.maximum(norm, 1e-12)));
        return Object.fromEntries(names.map((n) => [n, tf.mul(grads[n], scale)]));
      });
      optimizer.applyGradients(clipped);
      tf.dispose([grads, clipped]);
      cost = value;
    } else {
      cost = optimizer.minimize(lossOf, true, variables) as tfTypes.Scalar;
    }
    const lossValue = cost.dataSync()[0];
    const metricTensor = metric as tfTypes.Scalar | null;
    const metricValue = metricTensor ? metricTensor.dataSync()[0] : Number.NaN;
    tf.dispose([cost, metricTensor ?? []].flat());
    return { loss: lossValue, metric: metricValue };
  };

  /** Mean loss and metric over the validation split in inference mode; null when stopped. */
  const validate = async (epoch: number, clock: Clock): Promise<{ loss: number; metric: number } | null> => {
    let lossSum = 0;
    let metricSum = 0;
    const indices = range(data.val.count);
    let pending = valBatches > 0 ? readAhead(data.val, batchIndices(indices, 0, batchSize)) : null;
    for (let b = 0; b < valBatches && pending; b += 1) {
      if (!(await continueAfterPause(clock))) return null;
      const batch: Batch = await pending;
      pending = b + 1 < valBatches ? readAhead(data.val, batchIndices(indices, b + 1, batchSize)) : null;
      const [loss, metric] = tf.tidy(() => {
        const x = tf.tensor(batch.x, [batch.size, ...data.inputShape]);
        const target = objective.targets(batch.y, batch.size);
        const output = model.apply(x, { training: false }) as tfTypes.Tensor;
        return [tf.sum(objective.sampleLoss(target, output)), tf.sum(objective.sampleMetric(target, output))];
      });
      lossSum += loss.dataSync()[0];
      metricSum += metric.dataSync()[0];
      tf.dispose([loss, metric]);
      if (throttle.shouldSend()) {
        const valDone = Math.min(data.val.count, (b + 1) * batchSize);
        options.onProgress?.({ phase: 'validating', epoch, epochs: config.epochs, batch: b + 1, batches: valBatches, samplesPerSec, etaSeconds: etaSeconds(epoch, data.train.count, valDone) });
      }
      await yieldToEventLoop();
    }
    const regularization = tf.tidy(() => model.calculateLosses().reduce((sum, l) => sum + l.dataSync()[0], 0));
    return { loss: lossSum / data.val.count + regularization, metric: metricSum / data.val.count };
  };

  try {
    for (let epoch = 1; epoch <= config.epochs; epoch += 1) {
      shuffleInPlace(order, random);
      const clock = new Clock(now);
      let lossSum = 0;
      let metricSum = 0;
      let seen = 0;
      let pending: Promise<Batch> | null = readAhead(data.train, batchIndices(order, 0, batchSize));
      for (let b = 0; b < trainBatches && pending; b += 1) {
        if (!(await continueAfterPause(clock))) return { status: 'stopped', epochsCompleted: epoch - 1 };
        const batch: Batch = await pending;
        pending = b + 1 < trainBatches ? readAhead(data.train, batchIndices(order, b + 1, batchSize)) : null;
        const step = trainStep(batch);
        if (!Number.isFinite(step.loss)) return { status: 'diverged', epochsCompleted: epoch - 1 };
        lossSum += step.loss;
        metricSum += step.metric;
        seen += batch.size;
        const seconds = clock.seconds();
        if (seconds > 0) samplesPerSec = seen / seconds;
        const last = b === trainBatches - 1;
        if (throttle.shouldSend(last)) {
          options.onProgress?.({ phase: 'training', epoch, epochs: config.epochs, batch: b + 1, batches: trainBatches, samplesPerSec, etaSeconds: etaSeconds(epoch, seen, 0) });
        }
        await yieldToEventLoop();
      }
      const metrics: EpochMetrics = { loss: lossSum / trainBatches, [objective.metric]: metricSum / trainBatches };
      if (data.val.count > 0) {
        const val = await validate(epoch, clock);
        if (val === null) return { status: 'stopped', epochsCompleted: epoch - 1 };
        metrics.val_loss = val.loss;
        metrics[`val_${objective.metric}`] = val.metric;
      }
      await options.onEpoch?.(epoch, metrics);
      if (control.stopping && epoch < config.epochs) return { status: 'stopped', epochsCompleted: epoch };
    }
    return { status: 'completed', epochsCompleted: config.epochs };
  } catch (err) {
    throw explainKernelError(err, options.backendId);
  } finally {
    optimizer.dispose();
  }
}
