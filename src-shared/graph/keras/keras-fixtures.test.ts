import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inferGraph } from '../infer';
import { modelTotals } from '../model-totals';
import { importTopology } from './topology-import';

// Keras 2 `model.to_json()` files, written as Keras 2.2.4 and 2.13 write them, import with their
// names, kinds and parameter counts.

function fixture(name: string): unknown {
  return JSON.parse(readFileSync(join(__dirname, 'fixtures', name), 'utf8'));
}

function summary(name: string) {
  const imported = importTopology(fixture(name));
  const inference = inferGraph(imported.graph);
  const byName = new Map(inference.nodes.map((node) => [node.name, node]));
  return {
    imported,
    inference,
    rows: imported.layerOrder.map((layer) => [layer, byName.get(layer)!.kind, byName.get(layer)!.outputShape, byName.get(layer)!.paramCount]),
  };
}

describe('Keras 2 to_json fixtures import', () => {
  it('a TF 2.x Sequential CNN with its InputLayer', () => {
    const { imported, inference, rows } = summary('keras2-sequential-cnn.json');
    expect(imported.unsupported).toEqual([]);
    expect(imported.ignored).toEqual([]);
    expect(inference.issues).toEqual([]);
    expect(rows).toEqual([
      ['conv2d_input', 'input', [28, 28, 1], 0],
      ['conv2d', 'conv2d', [26, 26, 32], 320],
      ['max_pooling2d', 'maxPooling2d', [13, 13, 32], 0],
      ['conv2d_1', 'conv2d', [11, 11, 64], 18496],
      ['max_pooling2d_1', 'maxPooling2d', [5, 5, 64], 0],
      ['flatten', 'flatten', [1600], 0],
      ['dropout', 'dropout', [1600], 0],
      ['dense', 'dense', [10], 16010],
    ]);
    expect(inference.totalParams).toBe(34826);
    expect(imported.graph.nodes.find((n) => n.name === 'conv2d')!.params).toEqual({ filters: 32, kernelSize: [3, 3], activation: 'relu' });
  });

  it('a Functional residual net whose input feeds two branches', () => {
    const { imported, inference, rows } = summary('keras2-functional-resnet.json');
    expect(imported.unsupported).toEqual([]);
    expect(imported.ignored).toEqual([]);
    expect(inference.issues).toEqual([]);
    expect(rows.map((row) => row[3])).toEqual([0, 448, 64, 0, 2320, 64, 64, 0, 0, 0, 170]);
    expect(modelTotals(inference)).toMatchObject({ totalParams: 3130, trainableParams: 3066, nonTrainableParams: 64 });
    const edges = imported.graph.edges.map((e) => `${e.source}>${e.target}:${e.targetHandle}`);
    expect(edges).toContain('input_1>conv2d:0');
    expect(edges).toContain('input_1>conv2d_2:0');
    expect(edges).toContain('conv2d_2>add:0');
    expect(edges).toContain('batch_normalization_1>add:1');
  });

  it('a Keras 2.2.4 Sequential without InputLayer, with nested wrappers', () => {
    const { imported, inference, rows } = summary('keras2-sequential-rnn.json');
    expect(imported.unsupported).toEqual([]);
    expect(imported.ignored).toEqual([]);
    expect(inference.issues).toEqual([]);
    expect(rows).toEqual([
      ['embedding_1_input', 'input', [20], 0],
      ['embedding_1', 'embedding', [20, 32], 32000],
      ['bidirectional_1', 'bidirectional', [20, 64], 16640],
      ['time_distributed_1', 'timeDistributed', [20, 16], 1040],
      ['gru_1', 'gru', [16], 1584],
      ['dense_2', 'dense', [1], 17],
    ]);
    const bidirectional = imported.graph.nodes.find((n) => n.name === 'bidirectional_1')!;
    expect(bidirectional.params).toEqual({ layer: expect.objectContaining({ kind: 'lstm' }) });
    expect(imported.graph.nodes.find((n) => n.name === 'embedding_1')!.params).toEqual({ inputDim: 1000, outputDim: 32 });
    expect((bidirectional.params.layer as { params: Record<string, unknown> }).params).toMatchObject({ units: 32, returnSequences: true, recurrentActivation: 'hardSigmoid' });
  });

  it('lists the layers the studio lacks by name, and keeps them in the graph', () => {
    const { imported, inference } = summary('keras2-functional-unknown-layers.json');
    expect(imported.unsupported.map((layer) => `${layer.name} (${layer.className})`)).toEqual(['attention (MultiHeadAttention)', 'scale (Lambda)']);
    expect(imported.graph.nodes.map((n) => n.kind)).toEqual(['input', 'MultiHeadAttention', 'Lambda', 'globalAveragePooling1d', 'dense']);
    expect(imported.graph.nodes[1].params).toMatchObject({ num_heads: 2, key_dim: 4 });
    expect(inference.issues.filter((issue) => issue.details?.reason === 'unknown-kind').map((issue) => issue.nodeId)).toEqual(['attention', 'scale']);
  });

  it('reports a setting it cannot keep instead of dropping it silently', () => {
    const json = fixture('keras2-sequential-rnn.json') as { config: { layers: { class_name: string; config: Record<string, unknown> }[] } };
    json.config.layers.find((layer) => layer.class_name === 'GRU')!.config.reset_after = true;
    json.config.layers.find((layer) => layer.class_name === 'Dense')!.config.bias_regularizer = { class_name: 'L2', config: { l2: 0.01 } };
    expect(importTopology(json).ignored).toEqual([
      { layer: 'gru_1', setting: 'reset_after=true' },
      { layer: 'dense_2', setting: 'bias_regularizer={"class_name":"L2","config":{"l2":0.01}}' },
    ]);
  });

  it.each([
    ['not JSON object', 'a string', /not a JSON object/],
    ['no model', { hello: 1 }, /neither a TensorFlow.js model.json/],
    ['no layers', { class_name: 'Sequential', config: {} }, /no 'layers' list/],
    ['a layer without class', { class_name: 'Sequential', config: { layers: [{ config: {} }] } }, /layer 1 has no 'class_name'/],
    ['no input shape', { class_name: 'Sequential', config: { layers: [{ class_name: 'Dense', config: { name: 'd', units: 2 } }] } }, /does not say the input shape/],
  ])('refuses a file with %s, saying why', (_what, json, message) => {
    expect(() => importTopology(json)).toThrow(message);
  });
});
