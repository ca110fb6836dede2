import type * as tfTypes from '@tensorflow/tfjs';
import type { WrappedLayer } from '../../../../src-shared/graph/layer-definition';
import type { KindParams } from '../../../../src-shared/graph/layers';
import type { LayerFactories, Tfjs } from '../layer-factories';
import { initializer, kernelArgs, regularizer, singleInput } from './factory-args';

type RecurrentKinds = 'simpleRnn' | 'lstm' | 'gru' | 'bidirectional' | 'timeDistributed';

type RecurrentParams = KindParams<'simpleRnn'>;

function recurrentArgs(tf: Tfjs, params: RecurrentParams, name: string | undefined, seed: number) {
  return {
    name,
    units: params.units,
    activation: params.activation,
    returnSequences: params.returnSequences,
    ...kernelArgs(tf, params, seed),
    recurrentInitializer: initializer(tf, params.recurrentInitializer, seed + 2),
    recurrentRegularizer: regularizer(tf, params.recurrentL1, params.recurrentL2),
    dropout: params.dropout,
    recurrentDropout: params.recurrentDropout,
  };
}

/** The tfjs layer of a recurrent kind; `name` is left out for a layer inside a wrapper. */
function recurrentLayer(tf: Tfjs, layer: WrappedLayer, name: string | undefined, seed: number): tfTypes.layers.Layer {
  switch (layer.kind) {
    case 'lstm': {
      const params = layer.params as KindParams<'lstm'>;
      return tf.layers.lstm({ ...recurrentArgs(tf, params, name, seed), recurrentActivation: params.recurrentActivation, unitForgetBias: params.unitForgetBias });
    }
    case 'gru': {
      const params = layer.params as KindParams<'gru'>;
      return tf.layers.gru({ ...recurrentArgs(tf, params, name, seed), recurrentActivation: params.recurrentActivation });
    }
    case 'simpleRnn':
      return tf.layers.simpleRNN(recurrentArgs(tf, layer.params as RecurrentParams, name, seed));
    default:
      throw new Error(`'${layer.kind}' is not a recurrent layer`);
  }
}

export const RECURRENT_FACTORIES: Pick<LayerFactories, RecurrentKinds> = {
  simpleRnn: (tf, params, { name, seed }) => singleInput(recurrentLayer(tf, { kind: 'simpleRnn', params }, name, seed)),
  lstm: (tf, params, { name, seed }) => singleInput(recurrentLayer(tf, { kind: 'lstm', params }, name, seed)),
  gru: (tf, params, { name, seed }) => singleInput(recurrentLayer(tf, { kind: 'gru', params }, name, seed)),
  // tfjs builds the backward copy from the forward one's config, so both start from the same seeded weights.
  bidirectional: (tf, params, { name, seed }) =>
    singleInput(tf.layers.bidirectional({ name, layer: recurrentLayer(tf, params.layer, undefined, seed) as tfTypes.RNN, mergeMode: params.mergeMode })),
  timeDistributed: (tf, params, { name, seed }) => {
    const dense = params.layer.params as KindParams<'dense'>;
    const inner = tf.layers.dense({ units: dense.units, activation: dense.activation, ...kernelArgs(tf, dense, seed) });
    return singleInput(tf.layers.timeDistributed({ name, layer: inner }));
  },
};
