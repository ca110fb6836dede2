import { flattenIfNeeded, outputLayerFor } from './output-layer';
import { defineChainTemplate } from './template-definition';

export const linearTemplate = defineChainTemplate({
  id: 'linear',
  datasetKinds: ['table'],
  tasks: ['regression'],
  layers: (dataset) => [...flattenIfNeeded(dataset), outputLayerFor(dataset)],
});
