import { defineLayer, trainable } from '../layer-definition';
import { shapeSize } from '../shape';
import { initializerField } from './shared-params';

// PReLU learns the slope for negative inputs: one value per input element (no shared axes).
export const preluLayer = defineLayer({
  kind: 'prelu',
  category: 'activation',
  keras: { className: 'PReLU', tfjsFactory: 'prelu' },
  fields: { alphaInitializer: initializerField('zeros') },
  inputs: { min: 1, max: 1 },
  outputShape: ([input]) => [...input],
  paramCount: ([input]) => trainable(shapeSize(input)),
  flops: ([input]) => 2 * shapeSize(input),
});
