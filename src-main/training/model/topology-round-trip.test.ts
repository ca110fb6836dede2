import * as tf from '@tensorflow/tfjs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../../src-shared/graph/format';
import { graphToTopology } from '../../../src-shared/graph/keras/topology-export';
import { importTopology } from '../../../src-shared/graph/keras/topology-import';
import { getLayerDefinition } from '../../../src-shared/graph/layers';
import { resolveParams } from '../../../src-shared/graph/params';
import { inferGraph } from '../../../src-shared/graph/infer';
import { buildModel } from './build-model';
import { SAMPLE_GRAPHS as GRAPHS } from './testing/sample-graphs';

// graph → tfjs model → topology JSON → import → the same graph (names, kinds, params, edges), and the
// studio's own export loads in plain tfjs with the same parameter count.

const FIXTURES = join(__dirname, '../../../src-shared/graph/keras/fixtures');

beforeAll(async () => {
  await tf.setBackend('cpu');
});

/** What must survive a round trip: each layer's name, kind and resolved params, and each connection. */
function essence(graph: Graph) {
  const nameOf = new Map(graph.nodes.map((node) => [node.id, node.name]));
  return {
    layers: graph.nodes
      .map((node) => ({ name: node.name, kind: node.kind, params: resolveParams(getLayerDefinition(node.kind), node.params, node.name) }))
      .sort((a, b) => a.name.localeCompare(b.name)),
    edges: graph.edges.map((edge) => `${nameOf.get(edge.source)}>${nameOf.get(edge.target)}:${edge.targetHandle}`).sort(),
  };
}

describe('topology round trips', () => {
  it.each(GRAPHS)('%s: graph → tfjs → model.toJSON() → import gives the same graph', (_what, graph) => {
    expect(inferGraph(graph).issues).toEqual([]);
    const model = buildModel(tf, graph, { seed: 4 });
    const json = model.toJSON(null, false);
    model.dispose();
    const imported = importTopology(json);
    expect(imported.unsupported).toEqual([]);
    expect(imported.ignored).toEqual([]);
    expect(essence(imported.graph)).toEqual(essence(graph));
    expect(inferGraph(imported.graph).issues).toEqual([]);
  });

  it.each(GRAPHS)('%s: the exported topology loads in plain tfjs and imports back', async (_what, graph) => {
    const topology = graphToTopology(graph);
    // Plain tfjs: the studio's own SpatialDropout2D class is not needed to load it.
    expect(JSON.stringify(topology)).not.toContain('SpatialDropout2D');
    const loaded = await tf.models.modelFromJSON(JSON.parse(JSON.stringify(topology)));
    expect(loaded.countParams()).toBe(inferGraph(graph).totalParams);
    expect(loaded.layers.map((layer) => layer.name).sort()).toEqual(graph.nodes.map((node) => node.name).sort());
    loaded.dispose();
    const back = importTopology(topology);
    expect(back.unsupported).toEqual([]);
    expect(back.ignored).toEqual([]);
    expect(essence(back.graph)).toEqual(essence(graph));
  });
});

describe('Keras 2 fixtures', () => {
  it.each(['keras2-sequential-cnn.json', 'keras2-functional-resnet.json', 'keras2-sequential-rnn.json'])(
    '%s loads in tfjs with the parameter count the studio infers from its import',
    async (file) => {
      const json = JSON.parse(readFileSync(join(FIXTURES, file), 'utf8')) as object;
      const model = await tf.models.modelFromJSON(json as tf.io.ModelJSON['modelTopology'] as never);
      const inference = inferGraph(importTopology(json).graph);
      expect(inference.issues).toEqual([]);
      expect(model.countParams()).toBe(inference.totalParams);
      model.dispose();
    },
  );
});
