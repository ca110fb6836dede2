import { defineLayer } from '../layer-definition';
import { boolField, floatField } from '../param-fields';
import { shapeSize } from '../shape';
import { initializerField } from './shared-params';

export const batchNormalizationLayer = defineLayer({
  kind: 'batchNormalization',
  category: 'normalization',
  fields: {
    momentum: floatField({ default: 0.99, min: 0, max: 1, step: 0.01 }),
    epsilon: floatField({ default: 0.001, min: 0, max: 1, exclusiveMin: true, step: 0.0001 }),
    center: boolField(true),
    scale: boolField(true),
    betaInitializer: initializerField('zeros'),
    gammaInitializer: initializerField('ones'),
  },
  inputs: { min: 1, max: 1 },
  keras: { className: 'BatchNormalization', tfjsFactory: 'batchNormalization' },
  outputShape: ([input]) => [...input],
  // gamma (scale) and beta (center) are trained; the moving mean and variance are not, but tfjs counts all four.
  paramCount: ([input], params) => {
    const channels = input[input.length - 1];
    return { trainable: (Number(params.center) + Number(params.scale)) * channels, nonTrainable: 2 * channels };
  },
  flops: ([input]) => 2 * shapeSize(input),
});
