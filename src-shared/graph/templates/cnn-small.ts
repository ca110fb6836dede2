import { outputLayerFor } from './output-layer';
import { defineChainTemplate, notApplicable } from './template-definition';

// Below this size two valid 3×3 convolutions and two 2×2 poolings no longer fit, so the
// convolutions switch to 'same' padding; below 4 pixels even that leaves nothing to pool.
const SMALLEST_FOR_VALID = 10;
const SMALLEST = 4;

export const cnnSmallTemplate = defineChainTemplate({
  id: 'cnn-small',
  datasetKinds: ['images'],
  layers: (dataset) => {
    const [height, width] = dataset.inputShape;
    if (dataset.inputShape.length !== 3) throw notApplicable('cnn-small', dataset, 'it needs images shaped [height, width, channels]');
    if (Math.min(height, width) < SMALLEST) throw notApplicable('cnn-small', dataset, `its images must be at least ${SMALLEST}×${SMALLEST}`);
    const padding = Math.min(height, width) < SMALLEST_FOR_VALID ? 'same' : 'valid';
    const conv = (filters: number) => ({
      kind: 'conv2d',
      params: { filters, kernelSize: [3, 3], strides: [1, 1], padding, activation: 'relu', useBias: true },
    });
    const pool = { kind: 'maxPooling2d', params: { poolSize: [2, 2], strides: [2, 2], padding: 'valid' } };
    return [
      conv(16),
      pool,
      conv(32),
      pool,
      { kind: 'flatten', params: {} },
      { kind: 'dense', params: { units: 64, activation: 'relu', useBias: true } },
      { kind: 'dropout', params: { rate: 0.25 } },
      outputLayerFor(dataset),
    ];
  },
});
