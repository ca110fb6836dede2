import { defineLayer, NO_PARAMS } from '../layer-definition';
import { shapeSize } from '../shape';
import { activationField } from './shared-params';

export const activationLayer = defineLayer({
  kind: 'activation',
  category: 'activation',
  fields: { activation: activationField('relu') },
  inputs: { min: 1, max: 1 },
  keras: { className: 'Activation', tfjsFactory: 'activation', required: ['activation'] },
  outputShape: ([input]) => [...input],
  paramCount: () => NO_PARAMS,
  flops: ([input]) => shapeSize(input),
});
