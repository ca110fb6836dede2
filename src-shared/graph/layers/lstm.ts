import { defineLayer, trainable } from '../layer-definition';
import { boolField } from '../param-fields';
import { recurrentFields, recurrentFlops, recurrentOutputShape, recurrentWeights } from './recurrent';
import { activationField } from './shared-params';

export const lstmLayer = defineLayer({
  kind: 'lstm',
  category: 'recurrent',
  keras: { className: 'LSTM', tfjsFactory: 'lstm', required: ['units'] },
  fields: {
    ...recurrentFields,
    recurrentActivation: activationField('sigmoid'),
    unitForgetBias: boolField(true),
  },
  inputs: { min: 1, max: 1 },
  outputShape: ([input], params) => recurrentOutputShape('LSTM', input, params),
  paramCount: ([input], params) => trainable(recurrentWeights('LSTM', 4, input, params)),
  flops: ([input], params) => recurrentFlops(4, input, params),
});
