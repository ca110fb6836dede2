import { defineLayer, trainable } from '../layer-definition';
import { recurrentFields, recurrentFlops, recurrentOutputShape, recurrentWeights } from './recurrent';
import { activationField } from './shared-params';

// tfjs implements the original GRU (Keras' reset_after=False): one bias per gate.
export const gruLayer = defineLayer({
  kind: 'gru',
  category: 'recurrent',
  keras: { className: 'GRU', tfjsFactory: 'gru', required: ['units'], fixedConfig: { reset_after: false } },
  fields: { ...recurrentFields, recurrentActivation: activationField('sigmoid') },
  inputs: { min: 1, max: 1 },
  outputShape: ([input], params) => recurrentOutputShape('GRU', input, params),
  paramCount: ([input], params) => trainable(recurrentWeights('GRU', 3, input, params)),
  flops: ([input], params) => recurrentFlops(3, input, params),
});
