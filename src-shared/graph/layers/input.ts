import { batchShapeCodec } from '../keras/keras-codecs';
import { defineLayer, NO_PARAMS } from '../layer-definition';
import { intListField, MAX_DIMENSION } from '../param-fields';

export const inputLayer = defineLayer({
  kind: 'input',
  category: 'core',
  fields: {
    shape: intListField({ default: [1], min: 1, max: MAX_DIMENSION }),
  },
  inputs: { min: 0, max: 0 },
  outputShape: (_inputShapes, params) => [...params.shape],
  keras: { className: 'InputLayer', tfjsFactory: 'inputLayer', required: ['shape'], codecs: { shape: batchShapeCodec } },
  paramCount: () => NO_PARAMS,
});
