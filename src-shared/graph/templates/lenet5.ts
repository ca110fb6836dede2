import { outputLayerFor } from './output-layer';
import { defineChainTemplate, notApplicable } from './template-definition';

/** The first convolution keeps the size ('same'), the second does not: 12×12 is the least that leaves a pooled map. */
const SMALLEST = 12;

// LeNet-5 (LeCun et al., 1998) as usually rebuilt in Keras: tanh activations and average pooling.
// The original takes 32×32 images; a 'same' first convolution lets it take MNIST's 28×28 too.
export const lenet5Template = defineChainTemplate({
  id: 'lenet5',
  datasetKinds: ['images'],
  layers: (dataset) => {
    if (dataset.inputShape.length !== 3) throw notApplicable('lenet5', dataset, 'it needs images shaped [height, width, channels]');
    if (Math.min(dataset.inputShape[0], dataset.inputShape[1]) < SMALLEST) throw notApplicable('lenet5', dataset, `its images must be at least ${SMALLEST}×${SMALLEST}`);
    return [
      { kind: 'conv2d', params: { filters: 6, kernelSize: [5, 5], padding: 'same', activation: 'tanh' } },
      { kind: 'averagePooling2d', params: { poolSize: [2, 2], strides: [2, 2] } },
      { kind: 'conv2d', params: { filters: 16, kernelSize: [5, 5], padding: 'valid', activation: 'tanh' } },
      { kind: 'averagePooling2d', params: { poolSize: [2, 2], strides: [2, 2] } },
      { kind: 'flatten', params: {} },
      { kind: 'dense', params: { units: 120, activation: 'tanh' } },
      { kind: 'dense', params: { units: 84, activation: 'tanh' } },
      outputLayerFor(dataset),
    ];
  },
});
