import { SPATIAL_DROPOUT_2D } from '../training/model/custom-layers/spatial-dropout2d';

// A trained model's topology as tfjs saved it may name the studio's own layer classes, which plain
// tfjs (and Keras) cannot load. Each is replaced by the built-in layer it is equivalent to.

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** SpatialDropout2D is a Dropout whose mask is shared over each channel: noise shape (batch, 1, 1, channels). */
function plainLayer(layer: Json): Json {
  if (!isObject(layer) || layer.class_name !== SPATIAL_DROPOUT_2D || !isObject(layer.config)) return layer;
  const { name, trainable, dtype, rate } = layer.config;
  return { ...layer, class_name: 'Dropout', config: { name, trainable: trainable ?? true, dtype: dtype ?? 'float32', rate, noise_shape: [null, 1, 1, null], seed: null } };
}

/** The same topology with only classes plain tfjs knows; the weights are unaffected (the replaced layers have none). */
export function plainTopology<T>(topology: T): T {
  const model = topology as unknown as Json;
  if (!isObject(model)) return topology;
  const inner = isObject(model.model_config) ? model.model_config : model;
  if (!isObject(inner.config) || !Array.isArray(inner.config.layers)) return topology;
  const plainInner = { ...inner, config: { ...inner.config, layers: inner.config.layers.map(plainLayer) } };
  return (inner === model ? plainInner : { ...model, model_config: plainInner }) as unknown as T;
}
