import { readFileSync, writeFileSync } from 'node:fs';
import type { TrainJob, FromWorker } from '../src-main/training/worker/protocol';
import { runWorkerJob } from '../src-main/training/worker/run-job';
import { RunControl } from '../src-main/training/engine/run-control';
import { buildModel } from '../src-main/training/model/build-model';

export interface ChildResult {
  backend: string | null;
  status: string;
  epochs: number;
  trainSamples: number;
  /** Training samples per second after the warm-up (the first epoch's first batches). */
  samplesPerSec: number;
  /** Peak resident memory of this process (the run alone), in MiB. */
  peakRssMb: number;
  final: Record<string, number> | null;
  error: string | null;
  stoppedByBudget: boolean;
}

const WARMUP_BATCHES = 3;

/**
 * Runs one TrainJob exactly as a worker process would, in this fresh process, and measures it.
 * Throughput counts training batches only, from the progress messages the loop sends anyway.
 */
export async function runChild(jobFile: string, maxSeconds: number): Promise<ChildResult> {
  const job = JSON.parse(readFileSync(jobFile, 'utf8')) as TrainJob;
  const control = new RunControl();
  const result: ChildResult = { backend: null, status: 'failed', epochs: 0, trainSamples: 0, samplesPerSec: 0, peakRssMb: 0, final: null, error: null, stoppedByBudget: false };
  const batchesPerEpoch = () => Math.ceil(result.trainSamples / job.config.batchSize);
  // Written from the message callback, so held in an object rather than narrowed locals.
  const marks: { warm: { t: number; samples: number } | null; last: { t: number; samples: number } | null } = { warm: null, last: null };
  let started = 0;

  const send = (m: FromWorker): void => {
    const now = performance.now();
    if (m.type === 'backend') result.backend = m.backend;
    if (m.type === 'prepared') {
      result.trainSamples = m.trainSamples;
      started = now;
    }
    if (m.type === 'progress' && m.phase === 'training') {
      const done = (m.epoch - 1) * batchesPerEpoch() + m.batch;
      const samples = Math.min(done * job.config.batchSize, m.epoch * result.trainSamples);
      if (!marks.warm && done >= WARMUP_BATCHES) marks.warm = { t: now, samples };
      else if (marks.warm) marks.last = { t: now, samples };
      if (started && now - started > maxSeconds * 1000 && !control.stopping) {
        result.stoppedByBudget = true;
        control.stop();
      }
    }
    if (m.type === 'epoch') {
      result.epochs = m.epoch;
      result.final = m.metrics;
    }
    if (m.type === 'finished') result.status = m.status;
    if (m.type === 'failed') result.error = `${m.error.code}: ${m.error.message}`;
  };
  await runWorkerJob(job, { send, control, buildModel });
  const { warm, last } = marks;
  if (warm && last && last.t > warm.t) {
    result.samplesPerSec = (last.samples - warm.samples) / ((last.t - warm.t) / 1000);
  }
  result.peakRssMb = process.resourceUsage().maxRSS / 1024;
  return result;
}

/** Writes the prepared (encoded) train and validation data for the PyTorch peer. */
export async function writePeerData(jobFile: string, out: string, threads: number): Promise<void> {
  const job = JSON.parse(readFileSync(jobFile, 'utf8')) as TrainJob;
  const { prepareTrainingData } = await import('../src-main/training/engine/data/prepare-data');
  const data = await prepareTrainingData(job.data, {});
  const all = (n: number) => Array.from({ length: n }, (_, i) => i);
  const train = await data.train.read(all(data.train.count));
  const val = await data.val.read(all(data.val.count));
  await data.close();
  const target = data.preprocessing.target;
  const blob = new Float32Array(train.x.length + val.x.length + train.y.length + val.y.length);
  blob.set(train.x, 0);
  blob.set(val.x, train.x.length);
  blob.set(train.y, train.x.length + val.x.length);
  blob.set(val.y, train.x.length + val.x.length + train.y.length);
  writeFileSync(out, Buffer.from(blob.buffer));
  writeFileSync(
    `${out}.json`,
    JSON.stringify({
      inputShape: data.inputShape,
      train: train.size,
      val: val.size,
      classes: target.task === 'classification' ? target.classes.length : 1,
      learningRate: job.config.learningRate,
      threads,
    }),
  );
}
