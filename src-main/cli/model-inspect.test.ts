import * as tf from '@tensorflow/tfjs';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILT_CLI, REPO_ROOT, requireBuild } from '../testing/built-app';
import { formatInspection, inspectModelFile } from './inspect-command';

// `neurona model inspect` on models serialized by tfjs itself must report tfjs' own countParams().

let dir: string;
const FIXTURES = join(REPO_ROOT, 'src-shared/graph/keras/fixtures');

async function saveModelJson(model: tf.LayersModel, file: string): Promise<void> {
  await model.save(
    tf.io.withSaveHandler(async (artifacts) => {
      writeFileSync(file, JSON.stringify({ format: 'layers-model', generatedBy: 'test', convertedBy: null, modelTopology: artifacts.modelTopology, weightsManifest: [] }));
      return { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: 'JSON' } };
    }),
  );
}

function sequentialCnn(): tf.LayersModel {
  return tf.sequential({
    layers: [
      tf.layers.conv2d({ inputShape: [28, 28, 1], filters: 8, kernelSize: 3, activation: 'relu' }),
      tf.layers.maxPooling2d({ poolSize: 2 }),
      tf.layers.conv2d({ filters: 16, kernelSize: 3, padding: 'same', activation: 'relu' }),
      tf.layers.batchNormalization(),
      tf.layers.maxPooling2d({ poolSize: 2 }),
      tf.layers.flatten(),
      tf.layers.dropout({ rate: 0.25 }),
      tf.layers.dense({ units: 10, activation: 'softmax' }),
    ],
  });
}

function functionalResidual(): tf.LayersModel {
  const input = tf.input({ shape: [16, 16, 3] });
  const stem = tf.layers.conv2d({ filters: 8, kernelSize: 3, padding: 'same', activation: 'relu' }).apply(input) as tf.SymbolicTensor;
  const body = tf.layers.conv2d({ filters: 8, kernelSize: 3, padding: 'same' }).apply(stem) as tf.SymbolicTensor;
  const normed = tf.layers.batchNormalization().apply(body) as tf.SymbolicTensor;
  const sum = tf.layers.add().apply([stem, normed]) as tf.SymbolicTensor;
  const pooled = tf.layers.globalAveragePooling2d({}).apply(tf.layers.reLU().apply(sum)) as tf.SymbolicTensor;
  return tf.model({ inputs: input, outputs: tf.layers.dense({ units: 5, activation: 'softmax' }).apply(pooled) as tf.SymbolicTensor });
}

function recurrent(): tf.LayersModel {
  return tf.sequential({
    layers: [
      tf.layers.embedding({ inputShape: [12], inputDim: 100, outputDim: 8 }),
      tf.layers.bidirectional({ layer: tf.layers.lstm({ units: 6, returnSequences: true }) as tf.RNN }),
      tf.layers.gru({ units: 5, returnSequences: true }),
      tf.layers.timeDistributed({ layer: tf.layers.dense({ units: 3 }) }),
      tf.layers.simpleRNN({ units: 4 }),
      tf.layers.dense({ units: 1 }),
    ],
  });
}

const MODELS: [string, () => tf.LayersModel][] = [
  ['a Sequential CNN', sequentialCnn],
  ['a Functional residual net', functionalResidual],
  ['a recurrent model', recurrent],
];

beforeAll(async () => {
  await tf.setBackend('cpu');
  dir = mkdtempSync(join(tmpdir(), 'neurona-inspect-'));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('inspectModelFile on tfjs-serialized models', () => {
  it.each(MODELS)('%s: tfjs countParams(), each layer in file order with its shape', async (what, make) => {
    const model = make();
    const file = join(dir, `${what.replace(/\W+/g, '-')}.json`);
    await saveModelJson(model, file);
    const { result, ignored } = inspectModelFile(file);
    expect(ignored).toEqual([]);
    expect(result.totalParams).toBe(model.countParams());
    const trainable = model.trainableWeights.reduce((sum, w) => sum + w.shape.reduce((a: number, b) => a * (b ?? 1), 1), 0);
    expect(result.trainableParams).toBe(trainable);
    expect(result.nonTrainableParams).toBe(model.countParams() - trainable);
    // A tfjs Sequential saves no InputLayer; like Keras, the input is then named after the first layer.
    expect(result.layers[0].kind).toBe('input');
    const layers = result.layers.slice(1);
    expect(layers.map((layer) => layer.name)).toEqual(model.layers.filter((layer) => layer.getClassName() !== 'InputLayer').map((layer) => layer.name));
    for (const layer of layers) {
      const tfLayer = model.getLayer(layer.name);
      expect([layer.name, layer.params]).toEqual([layer.name, tfLayer.countParams()]);
      expect([layer.name, layer.outputShape]).toEqual([layer.name, (tfLayer.outputShape as number[]).slice(1)]);
    }
    expect(formatInspection({ result, ignored })).toContain(`Total params: ${model.countParams().toLocaleString('en-US')}`);
    model.dispose();
  });
});

describe('neurona model inspect (the built CLI)', () => {
  beforeAll(() => requireBuild());

  function neurona(args: string[]) {
    const r = spawnSync(process.execPath, [BUILT_CLI, ...args], { encoding: 'utf8', timeout: 60_000 });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  }

  it('prints the --json object the issue specifies', async () => {
    const model = functionalResidual();
    const file = join(dir, 'residual.json');
    await saveModelJson(model, file);
    const r = neurona(['model', 'inspect', file, '--json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { layers: { name: string; kind: string; outputShape: number[]; params: number }[]; totalParams: number };
    expect(Object.keys(out)).toEqual(['layers', 'totalParams', 'trainableParams', 'nonTrainableParams']);
    expect(out.totalParams).toBe(model.countParams());
    expect(out.layers[0]).toMatchObject({ kind: 'input', outputShape: [16, 16, 3], params: 0 });
    expect(out.layers.map((layer) => layer.kind)).toEqual(['input', 'conv2d', 'conv2d', 'batchNormalization', 'add', 'relu', 'globalAveragePooling2d', 'dense']);
    model.dispose();
  });

  it('reads a Keras 2 to_json file and prints a table', () => {
    const r = neurona(['model', 'inspect', join(FIXTURES, 'keras2-sequential-cnn.json')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^conv2d \(conv2d\)\s+\(batch, 26, 26, 32\)\s+320$/m);
    expect(r.stdout).toContain('Total params: 34,826');
  });

  it('exits 1 naming the layers the registry lacks', () => {
    const r = neurona(['model', 'inspect', join(FIXTURES, 'keras2-functional-unknown-layers.json'), '--json']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/attention \(MultiHeadAttention.*scale \(Lambda/);
  });

  it('exits 2 for a missing file and 1 for a file that is not a model', () => {
    expect(neurona(['model', 'inspect', join(dir, 'nope.json')]).code).toBe(2);
    const notModel = join(dir, 'not-a-model.json');
    writeFileSync(notModel, '{"hello": 1}');
    const r = neurona(['model', 'inspect', notModel]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/not-a-model\.json: it is neither a TensorFlow.js model.json/);
  });
});
