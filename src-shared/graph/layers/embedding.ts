import { defineLayer, trainable } from '../layer-definition';
import { intField, MAX_DIMENSION } from '../param-fields';
import { initializerField, penaltyField } from './shared-params';

// Turns each integer id (a word, a category) into a learned vector of outputDim numbers.
export const embeddingLayer = defineLayer({
  kind: 'embedding',
  category: 'core',
  keras: { className: 'Embedding', tfjsFactory: 'embedding', required: ['inputDim', 'outputDim'] },
  fields: {
    inputDim: intField({ default: 1000, min: 1, max: 10_000_000 }),
    outputDim: intField({ default: 32, min: 1, max: MAX_DIMENSION }),
    embeddingsInitializer: initializerField('randomUniform'),
    embeddingsL1: penaltyField,
    embeddingsL2: penaltyField,
  },
  inputs: { min: 1, max: 1 },
  outputShape: ([input], params) => [...input, params.outputDim],
  paramCount: (_inputs, params) => trainable(params.inputDim * params.outputDim),
});
