import { flattenIfNeeded, outputLayerFor } from './output-layer';
import { defineChainTemplate } from './template-definition';

export const logisticTemplate = defineChainTemplate({
  id: 'logistic',
  title: { en: 'Logistic / linear regression', es: 'Regresión logística / lineal' },
  description: {
    en: 'Only the output layer on top of the inputs: logistic (softmax) regression to predict classes, linear regression to predict a number. The baseline to beat before adding hidden layers.',
    es: 'Solo la capa de salida sobre las entradas: regresión logística (softmax) para predecir clases, regresión lineal para predecir un número. La línea base a superar antes de agregar capas ocultas.',
  },
  datasetKinds: ['table'],
  layers: (dataset) => [...flattenIfNeeded(dataset), outputLayerFor(dataset)],
});
