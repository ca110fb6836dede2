import { defineLayer, trainable } from '../layer-definition';
import { boolField, floatField } from '../param-fields';
import { shapeSize } from '../shape';
import { initializerField } from './shared-params';

export const layerNormalizationLayer = defineLayer({
  kind: 'layerNormalization',
  category: 'normalization',
  keras: { className: 'LayerNormalization', tfjsFactory: 'layerNormalization' },
  fields: {
    epsilon: floatField({ default: 0.001, min: 0, max: 1, exclusiveMin: true, step: 0.0001 }),
    center: boolField(true),
    scale: boolField(true),
    betaInitializer: initializerField('zeros'),
    gammaInitializer: initializerField('ones'),
  },
  inputs: { min: 1, max: 1 },
  outputShape: ([input]) => [...input],
  paramCount: ([input], params) => trainable((Number(params.center) + Number(params.scale)) * input[input.length - 1]),
  flops: ([input]) => 5 * shapeSize(input),
});
