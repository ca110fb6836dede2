import { flattenIfNeeded, outputLayerFor } from './output-layer';
import { defineChainTemplate } from './template-definition';

// The course's Keras MLP for MNIST, as written in its notebooks.
export const courseMlpTemplate = defineChainTemplate({
  id: 'course-mlp',
  datasetKinds: ['table', 'images'],
  layers: (dataset) => [
    ...flattenIfNeeded(dataset),
    { kind: 'dense', params: { units: 50, activation: 'relu' } },
    { kind: 'dropout', params: { rate: 0.4 } },
    { kind: 'dense', params: { units: 30, activation: 'relu' } },
    { kind: 'dropout', params: { rate: 0.2 } },
    outputLayerFor(dataset),
  ],
});
