import { defineLayer, trainable } from '../layer-definition';
import { recurrentFields, recurrentFlops, recurrentOutputShape, recurrentWeights } from './recurrent';

export const simpleRnnLayer = defineLayer({
  kind: 'simpleRnn',
  category: 'recurrent',
  keras: { className: 'SimpleRNN', tfjsFactory: 'simpleRNN', required: ['units'] },
  fields: recurrentFields,
  inputs: { min: 1, max: 1 },
  outputShape: ([input], params) => recurrentOutputShape('SimpleRNN', input, params),
  paramCount: ([input], params) => trainable(recurrentWeights('SimpleRNN', 1, input, params)),
  flops: ([input], params) => recurrentFlops(1, input, params),
});
