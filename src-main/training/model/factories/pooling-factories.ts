import type { LayerFactories } from '../layer-factories';
import { pair, singleInput } from './factory-args';

type PoolingKinds =
  | 'maxPooling1d'
  | 'maxPooling2d'
  | 'averagePooling1d'
  | 'averagePooling2d'
  | 'globalMaxPooling1d'
  | 'globalMaxPooling2d'
  | 'globalAveragePooling1d'
  | 'globalAveragePooling2d';

export const POOLING_FACTORIES: Pick<LayerFactories, PoolingKinds> = {
  maxPooling1d: (tf, params, { name }) => singleInput(tf.layers.maxPooling1d({ name, poolSize: params.poolSize, strides: params.strides, padding: params.padding })),
  maxPooling2d: (tf, params, { name }) =>
    singleInput(tf.layers.maxPooling2d({ name, poolSize: pair(params.poolSize), strides: pair(params.strides), padding: params.padding })),
  averagePooling1d: (tf, params, { name }) =>
    singleInput(tf.layers.averagePooling1d({ name, poolSize: params.poolSize, strides: params.strides, padding: params.padding })),
  averagePooling2d: (tf, params, { name }) =>
    singleInput(tf.layers.averagePooling2d({ name, poolSize: pair(params.poolSize), strides: pair(params.strides), padding: params.padding })),
  globalMaxPooling1d: (tf, _params, { name }) => singleInput(tf.layers.globalMaxPooling1d({ name })),
  globalMaxPooling2d: (tf, _params, { name }) => singleInput(tf.layers.globalMaxPooling2d({ name })),
  globalAveragePooling1d: (tf, _params, { name }) => singleInput(tf.layers.globalAveragePooling1d({ name })),
  globalAveragePooling2d: (tf, _params, { name }) => singleInput(tf.layers.globalAveragePooling2d({ name })),
};
