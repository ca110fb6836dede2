import type * as tfTypes from '@tensorflow/tfjs';
import { spatialDropout2dClass } from '../custom-layers/spatial-dropout2d';
import type { LayerFactories, Tfjs } from '../layer-factories';
import { advanceSeedEachCall, singleInput } from './factory-args';

type NormalizationKinds = 'batchNormalization' | 'layerNormalization' | 'dropout' | 'spatialDropout1d' | 'spatialDropout2d' | 'gaussianNoise';

/** tfjs' GaussianNoise draws unseeded noise; this one draws it from the layer's seed, the next one each call. */
function seededGaussianNoise(tf: Tfjs, layer: tfTypes.layers.Layer, stddev: number, seed: number): tfTypes.layers.Layer {
  let calls = 0;
  layer.call = (inputs, kwargs) =>
    tf.tidy(() => {
      const input = Array.isArray(inputs) ? inputs[0] : inputs;
      if (kwargs.training !== true) return input;
      calls += 1;
      return tf.add(input, tf.randomNormal(input.shape, 0, stddev, 'float32', seed + calls));
    });
  return layer;
}

export const NORMALIZATION_FACTORIES: Pick<LayerFactories, NormalizationKinds> = {
  batchNormalization: (tf, params, { name }) =>
    singleInput(
      tf.layers.batchNormalization({
        name,
        axis: -1,
        momentum: params.momentum,
        epsilon: params.epsilon,
        center: params.center,
        scale: params.scale,
        betaInitializer: params.betaInitializer,
        gammaInitializer: params.gammaInitializer,
      }),
    ),
  layerNormalization: (tf, params, { name }) =>
    singleInput(
      tf.layers.layerNormalization({
        name,
        axis: -1,
        epsilon: params.epsilon,
        center: params.center,
        scale: params.scale,
        betaInitializer: params.betaInitializer,
        gammaInitializer: params.gammaInitializer,
      }),
    ),
  dropout: (tf, params, { name, seed }) => singleInput(advanceSeedEachCall(tf.layers.dropout({ name, rate: params.rate, seed }), seed)),
  spatialDropout1d: (tf, params, { name, seed }) => singleInput(advanceSeedEachCall(tf.layers.spatialDropout1d({ name, rate: params.rate, seed }), seed)),
  spatialDropout2d: (tf, params, { name, seed }) => {
    const SpatialDropout2D = spatialDropout2dClass(tf);
    return singleInput(new SpatialDropout2D({ name, rate: params.rate, seed }));
  },
  gaussianNoise: (tf, params, { name, seed }) => singleInput(seededGaussianNoise(tf, tf.layers.gaussianNoise({ name, stddev: params.stddev }), params.stddev, seed)),
};
