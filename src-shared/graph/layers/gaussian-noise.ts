import { defineLayer, NO_PARAMS } from '../layer-definition';
import { floatField } from '../param-fields';

export const gaussianNoiseLayer = defineLayer({
  kind: 'gaussianNoise',
  category: 'normalization',
  keras: { className: 'GaussianNoise', tfjsFactory: 'gaussianNoise', required: ['stddev'] },
  fields: { stddev: floatField({ default: 0.1, min: 0, max: 100, exclusiveMin: true, step: 0.01 }) },
  inputs: { min: 1, max: 1 },
  outputShape: ([input]) => [...input],
  paramCount: () => NO_PARAMS,
});
