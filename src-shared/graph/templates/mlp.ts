import { flattenIfNeeded, outputLayerFor } from './output-layer';
import { defineChainTemplate } from './template-definition';

export const mlpTemplate = defineChainTemplate({
  id: 'mlp',
  title: { en: 'Multilayer perceptron (MLP)', es: 'Perceptrón multicapa (MLP)' },
  description: {
    en: 'Two hidden Dense layers (64 and 32 neurons, ReLU) with a little Dropout, then the output layer. A good first model for tables.',
    es: 'Dos capas ocultas Dense (64 y 32 neuronas, ReLU) con un poco de Dropout, y luego la capa de salida. Un buen primer modelo para tablas.',
  },
  datasetKinds: ['table'],
  layers: (dataset) => [
    ...flattenIfNeeded(dataset),
    { kind: 'dense', params: { units: 64, activation: 'relu', useBias: true } },
    { kind: 'dropout', params: { rate: 0.1 } },
    { kind: 'dense', params: { units: 32, activation: 'relu', useBias: true } },
    outputLayerFor(dataset),
  ],
});
