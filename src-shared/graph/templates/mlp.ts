import { flattenIfNeeded, outputLayerFor } from './output-layer';
import { defineChainTemplate } from './template-definition';

export const mlpTemplate = defineChainTemplate({
  id: 'mlp',
  datasetKinds: ['table'],
  layers: (dataset) => [
    ...flattenIfNeeded(dataset),
    { kind: 'dense', params: { units: 64, activation: 'relu', useBias: true } },
    { kind: 'dropout', params: { rate: 0.1 } },
    { kind: 'dense', params: { units: 32, activation: 'relu', useBias: true } },
    outputLayerFor(dataset),
  ],
});
