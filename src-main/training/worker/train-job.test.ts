import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chainOf } from '../../../src-shared/graph/test-graphs';
import { TrainConfigSchema, type TrainConfigInput } from '../../../src-shared/training/config';
import { setPackageLoaderForTests } from '../engine/backends';
import { RunControl } from '../engine/run-control';
import { irisSpec } from '../engine/testing/test-datasets';
import { buildModel } from '../model/build-model';
import type { FromWorker, TrainJob } from './protocol';
import { runWorkerJob } from './run-job';

// The train job end to end, in-process, with a fake channel standing in for the parent process.

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'neurona-train-job-'));
});

afterEach(async () => {
  setPackageLoaderForTests(null);
  await rm(dir, { recursive: true, force: true });
});

const irisGraph = chainOf([4], [
  { kind: 'dense', params: { units: 12, activation: 'relu' } },
  { kind: 'dense', params: { units: 3, activation: 'softmax' } },
]);

function trainJob(config: TrainConfigInput, graph = irisGraph): TrainJob {
  return {
    type: 'train',
    runId: 1,
    graph,
    config: TrainConfigSchema.parse({ backend: 'cpu', ...config }),
    data: irisSpec(),
    checkpointDir: join(dir, 'checkpoints'),
  };
}

/** Runs a job, recording messages; `onMessage` may act on the control, like main would. */
async function run(job: TrainJob, onMessage?: (m: FromWorker, control: RunControl) => void) {
  const messages: FromWorker[] = [];
  const checkpointsOnDiskWhenAnnounced: boolean[] = [];
  const control = new RunControl();
  await runWorkerJob(job, {
    control,
    buildModel,
    send: (m) => {
      messages.push(m);
      if (m.type === 'checkpoint') checkpointsOnDiskWhenAnnounced.push(existsSync(join(m.path, 'model.json')) && existsSync(join(m.path, 'weights.bin')));
      onMessage?.(m, control);
    },
  });
  return { messages, checkpointsOnDiskWhenAnnounced };
}

/** Message types in order, with runs of progress collapsed to one. */
function sequence(messages: FromWorker[]): string[] {
  const out: string[] = [];
  for (const m of messages) if (!(m.type === 'progress' && out[out.length - 1] === 'progress')) out.push(m.type);
  return out;
}

describe('runWorkerJob: train', () => {
  it('trains Iris from a graph and reports in protocol order', async () => {
    const { messages, checkpointsOnDiskWhenAnnounced } = await run(trainJob({ epochs: 30, batchSize: 16, learningRate: 0.02 }));
    const seq = sequence(messages);
    expect(seq.slice(0, 3)).toEqual(['backend', 'prepared', 'progress']);
    expect(seq.slice(-2)).toEqual(['checkpoint', 'finished']);
    expect(messages[0]).toEqual({ type: 'backend', backend: 'cpu' });
    expect(messages[1]).toMatchObject({ type: 'prepared', trainSamples: 120, valSamples: 30, preprocessing: { input: { kind: 'table', size: 4 } } });
    const epochs = messages.filter((m) => m.type === 'epoch');
    expect(epochs.map((m) => m.epoch)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    expect(epochs[29].metrics.accuracy).toBeGreaterThan(0.9);
    const checkpoint = messages.find((m) => m.type === 'checkpoint');
    expect(checkpoint).toMatchObject({ epoch: 30, kind: 'final', path: join(dir, 'checkpoints', 'epoch-0030-final'), sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(checkpointsOnDiskWhenAnnounced).toEqual([true]);
    expect(messages[messages.length - 1]).toEqual({ type: 'finished', status: 'completed', epochs: 30 });
  });

  it('stops on request, saves a final checkpoint of what it has, and reports stopped', async () => {
    const { messages } = await run(trainJob({ epochs: 50, batchSize: 16 }), (m, control) => {
      if (m.type === 'epoch' && m.epoch === 2) control.stop();
    });
    expect(messages.filter((m) => m.type === 'epoch')).toHaveLength(2);
    expect(messages.find((m) => m.type === 'checkpoint')).toMatchObject({ epoch: 2, kind: 'final' });
    expect(messages[messages.length - 1]).toEqual({ type: 'finished', status: 'stopped', epochs: 2 });
    expect(await readdir(join(dir, 'checkpoints'))).toEqual(['epoch-0002-final']);
  });

  it('reports paused and resumed around a pause', async () => {
    let paused = false;
    const { messages } = await run(trainJob({ epochs: 2, batchSize: 40 }), (m, control) => {
      if (m.type === 'progress' && m.phase === 'training' && !paused) {
        paused = true;
        control.pause();
        setTimeout(() => control.resume(), 20);
      }
    });
    const seq = sequence(messages);
    expect(seq.indexOf('paused')).toBeGreaterThan(seq.indexOf('prepared'));
    expect(seq.indexOf('resumed')).toBe(seq.indexOf('paused') + 1);
    expect(messages[messages.length - 1]).toMatchObject({ type: 'finished', status: 'completed' });
  });

  it.each([
    {
      what: 'a graph whose input does not fit the data',
      job: () => trainJob({ epochs: 1 }, chainOf([5], [{ kind: 'dense', params: { units: 3, activation: 'softmax' } }])),
      code: 'MODEL_INPUT_MISMATCH',
    },
    {
      what: 'a graph whose output does not fit the classes',
      job: () => trainJob({ epochs: 1 }, chainOf([4], [{ kind: 'dense', params: { units: 2, activation: 'softmax' } }])),
      code: 'MODEL_OUTPUT_MISMATCH',
    },
    {
      what: 'a forced backend that is not installed',
      job: () => {
        setPackageLoaderForTests((name) => {
          throw Object.assign(new Error(`Cannot find module '${name}'`), { code: 'MODULE_NOT_FOUND' });
        });
        return trainJob({ epochs: 1, backend: 'tfjs-node' });
      },
      code: 'BACKEND_UNAVAILABLE',
    },
    {
      what: 'a CSV that is gone',
      job: () => ({ ...trainJob({ epochs: 1 }), data: { ...irisSpec(), csvPath: join(dir, 'gone.csv') } }),
      code: 'FILE_NOT_FOUND',
    },
  ])('fails with $code for $what, without a stack in the message', async ({ job, code }) => {
    const { messages } = await run(job());
    const last = messages[messages.length - 1];
    expect(last).toMatchObject({ type: 'failed', error: { code } });
    if (last.type !== 'failed') throw new Error('expected failed');
    expect(last.error.message).not.toMatch(/\n\s+at /);
    expect(messages.some((m) => m.type === 'finished' || m.type === 'checkpoint')).toBe(false);
  });
});
