import { flattenIfNeeded, outputLayerFor } from './output-layer';
import { defineChainTemplate } from './template-definition';

export const logisticTemplate = defineChainTemplate({
  id: 'logistic',
  datasetKinds: ['table'],
  layers: (dataset) => [...flattenIfNeeded(dataset), outputLayerFor(dataset)],
});
