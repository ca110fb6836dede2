import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHash } from 'node:crypto';
import { mkdtemp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import * as fsPromises from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { checkpointFolderName, loadCheckpoint, removeStaleCheckpointTemps, saveCheckpoint } from './checkpoints';

vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs/promises')>();
  return { ...actual, rename: vi.fn(actual.rename) };
});

let dir: string;

beforeAll(async () => {
  await tf.setBackend('cpu');
});

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'neurona-ckpt-'));
});

afterEach(async () => {
  vi.mocked(fsPromises.rename).mockClear();
  await rm(dir, { recursive: true, force: true });
});

function smallCnn(seed: number): tf.LayersModel {
  const init = (s: number) => tf.initializers.glorotUniform({ seed: s });
  return tf.sequential({
    layers: [
      tf.layers.conv2d({ inputShape: [6, 6, 1], filters: 3, kernelSize: 3, activation: 'relu', kernelInitializer: init(seed) }),
      tf.layers.batchNormalization(),
      tf.layers.flatten(),
      tf.layers.dense({ units: 4, activation: 'softmax', kernelInitializer: init(seed + 1) }),
    ],
  });
}

const probe = () => tf.tensor4d(Array.from({ length: 2 * 36 }, (_, i) => Math.sin(i)), [2, 6, 6, 1]);

describe('checkpoints', () => {
  it.each([
    [1, 'final', 'epoch-0001-final'],
    [12, 'best', 'epoch-0012-best'],
    [12345, 'periodic', 'epoch-12345-periodic'],
  ] as const)('names epoch %i %s as %s', (epoch, kind, name) => {
    expect(checkpointFolderName(epoch, kind)).toBe(name);
  });

  it('round-trips a model in the layers format with the same predictions', async () => {
    const model = smallCnn(3);
    const saved = await saveCheckpoint(model, dir, 7, 'final');
    expect(saved.path).toBe(join(dir, 'epoch-0007-final'));
    expect((await readdir(saved.path)).sort()).toEqual(['model.json', 'weights.bin']);
    const json = JSON.parse(await readFile(join(saved.path, 'model.json'), 'utf8'));
    expect(json.format).toBe('layers-model');
    expect(json.weightsManifest).toHaveLength(1);
    expect(json.weightsManifest[0].paths).toEqual(['weights.bin']);
    expect(json.modelTopology.config.layers.length).toBeGreaterThan(0);
    const weights = await readFile(join(saved.path, 'weights.bin'));
    expect(saved.sha256).toBe(createHash('sha256').update(weights).digest('hex'));

    const loaded = await loadCheckpoint(tf, saved.path, saved.sha256);
    const x = probe();
    const before = (model.predict(x) as tf.Tensor).dataSync();
    const after = (loaded.predict(x) as tf.Tensor).dataSync();
    expect(Array.from(after)).toEqual(Array.from(before));
    expect(await readdir(dir)).toEqual(['epoch-0007-final']);
  });

  it('leaves no final-named folder when the save dies before the rename', async () => {
    vi.mocked(fsPromises.rename).mockImplementation(async (from) => {
      if (String(from).includes('.tmp-')) throw new Error('simulated crash');
    });
    await expect(saveCheckpoint(smallCnn(1), dir, 2, 'final')).rejects.toThrow('simulated crash');
    vi.mocked(fsPromises.rename).mockImplementation((await vi.importActual<typeof import('node:fs/promises')>('node:fs/promises')).rename);
    expect((await readdir(dir)).filter((e) => e.startsWith('epoch-'))).toEqual([]);
  });

  it('removes folders a dead save left behind', async () => {
    await mkdir(join(dir, '.tmp-epoch-0003-final-123-abcd'));
    await writeFile(join(dir, '.tmp-epoch-0003-final-123-abcd', 'weights.bin'), 'partial');
    await saveCheckpoint(smallCnn(1), dir, 1, 'periodic');
    expect(await removeStaleCheckpointTemps(dir)).toEqual(['.tmp-epoch-0003-final-123-abcd']);
    expect(await readdir(dir)).toEqual(['epoch-0001-periodic']);
  });

  it('replaces an older checkpoint of the same name', async () => {
    const first = await saveCheckpoint(smallCnn(1), dir, 4, 'best');
    const second = await saveCheckpoint(smallCnn(9), dir, 4, 'best');
    expect(second.path).toBe(first.path);
    expect(second.sha256).not.toBe(first.sha256);
    expect(await readdir(dir)).toEqual(['epoch-0004-best']);
    await expect(loadCheckpoint(tf, second.path, second.sha256)).resolves.toBeDefined();
  });

  it.each([
    { what: 'a changed weights file', damage: (p: string) => writeFile(join(p, 'weights.bin'), 'xx'), code: 'CHECKPOINT_INVALID' },
    { what: 'a missing model.json', damage: (p: string) => rm(join(p, 'model.json')), code: 'CHECKPOINT_INVALID' },
    { what: 'broken JSON', damage: (p: string) => writeFile(join(p, 'model.json'), '{'), code: 'CHECKPOINT_INVALID' },
    {
      what: 'a weights path outside the folder',
      damage: async (p: string) => {
        const json = JSON.parse(await readFile(join(p, 'model.json'), 'utf8'));
        json.weightsManifest[0].paths = ['../../secret.bin'];
        await writeFile(join(p, 'model.json'), JSON.stringify(json));
      },
      code: 'PATH_OUTSIDE_FOLDER',
    },
  ])('refuses $what', async ({ damage, code }) => {
    const saved = await saveCheckpoint(smallCnn(2), dir, 1, 'final');
    await damage(saved.path);
    await expect(loadCheckpoint(tf, saved.path, saved.sha256)).rejects.toMatchObject({ code });
  });
});
