import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { chainOf } from '../../src-shared/graph/test-graphs';
import { buildModel } from '../training/model/build-model';
import { plainTopology } from './plain-topology';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('plainTopology', () => {
  it('turns the studio-only SpatialDropout2D into the Dropout plain tfjs loads, with the same predictions', async () => {
    const graph = chainOf([6, 6, 2], [{ kind: 'conv2d', params: { filters: 3 } }, { kind: 'spatialDropout2d', params: { rate: 0.4 } }, { kind: 'flatten' }, { kind: 'dense', params: { units: 2 } }]);
    const model = buildModel(tf, graph, { seed: 2 });
    let artifacts: tf.io.ModelArtifacts | null = null;
    await model.save(tf.io.withSaveHandler(async (a) => ((artifacts = a), { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: 'JSON' } })));
    const saved = artifacts!;
    expect(JSON.stringify(saved.modelTopology)).toContain('SpatialDropout2D');
    const plain = plainTopology(saved.modelTopology);
    const text = JSON.stringify(plain);
    expect(text).not.toContain('SpatialDropout2D');
    expect(text).toContain('"noise_shape":[null,1,1,null]');
    const reloaded = await tf.loadLayersModel(tf.io.fromMemory({ modelTopology: plain, weightSpecs: saved.weightSpecs, weightData: saved.weightData }));
    const x = tf.randomNormal([3, 6, 6, 2], 0, 1, 'float32', 1);
    const before = Array.from((model.predict(x) as tf.Tensor).dataSync());
    const after = Array.from((reloaded.predict(x) as tf.Tensor).dataSync());
    expect(after).toEqual(before);
    expect(reloaded.getLayer('l2').getClassName()).toBe('Dropout');
    tf.dispose(x);
    model.dispose();
    reloaded.dispose();
  });

  it('leaves other topologies and non-topologies as they are', () => {
    const topology = { class_name: 'Sequential', config: { name: 's', layers: [{ class_name: 'Dense', config: { units: 1 } }] } };
    expect(plainTopology(topology)).toEqual(topology);
    expect(plainTopology(null)).toBeNull();
    expect(plainTopology({ model_config: { class_name: 'Functional', config: { layers: [{ class_name: 'SpatialDropout2D', config: { name: 'd', rate: 0.1 } }] } } })).toEqual({
      model_config: {
        class_name: 'Functional',
        config: { layers: [{ class_name: 'Dropout', config: { name: 'd', trainable: true, dtype: 'float32', rate: 0.1, noise_shape: [null, 1, 1, null], seed: null } }] },
      },
    });
  });
});
