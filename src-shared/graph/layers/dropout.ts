import { defineLayer, NO_PARAMS } from '../layer-definition';
import { rateField } from './shared-params';

export const dropoutLayer = defineLayer({
  kind: 'dropout',
  category: 'normalization',
  fields: { rate: rateField(0.5) },
  inputs: { min: 1, max: 1 },
  outputShape: ([input]) => [...input],
  paramCount: () => NO_PARAMS,
});
