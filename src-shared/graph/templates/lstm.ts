import { outputLayerFor } from './output-layer';
import { defineChainTemplate } from './template-definition';

// An LSTM reads its input as a sequence: a table row of F values as F steps of one value (a time
// series laid out in columns, as with lags), an image as its rows, one step per row.
export const lstmTemplate = defineChainTemplate({
  id: 'lstm',
  datasetKinds: ['table', 'images'],
  layers: (dataset) => {
    const shape = dataset.inputShape;
    const steps = shape[0];
    const features = shape.slice(1).reduce((a, b) => a * b, 1);
    return [
      { kind: 'reshape', params: { targetShape: [steps, features] } },
      { kind: 'lstm', params: { units: dataset.kind === 'images' ? 64 : 32 } },
      { kind: 'dropout', params: { rate: 0.2 } },
      outputLayerFor(dataset),
    ];
  },
});
