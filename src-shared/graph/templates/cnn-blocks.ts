import type { LayerSpec } from './layer-chain';
import { outputLayerFor } from './output-layer';
import { defineChainTemplate, notApplicable } from './template-definition';

const MAX_BLOCKS = 5;
const FIRST_FILTERS = 16;
/** A block is added only while its pooling still leaves at least this many pixels per side. */
const SMALLEST_POOLED_SIDE = 2;

/** How many halving blocks the image allows: 28 → 3 (14, 7, 3), 64 → 5, 300 → 5. */
export function convBlockCount(height: number, width: number): number {
  let side = Math.min(height, width);
  let blocks = 0;
  while (blocks < MAX_BLOCKS && Math.floor(side / 2) >= SMALLEST_POOLED_SIDE) {
    side = Math.floor(side / 2);
    blocks++;
  }
  return blocks;
}

// Conv2D without bias or activation, then BatchNormalization, then ReLU: the course's advice to
// normalize before the activation (the bias would be cancelled by the normalization anyway).
function convBlock(filters: number): LayerSpec[] {
  return [
    { kind: 'conv2d', params: { filters, kernelSize: [3, 3], strides: [1, 1], padding: 'same', activation: 'linear', useBias: false } },
    { kind: 'batchNormalization', params: { momentum: 0.99, epsilon: 0.001 } },
    { kind: 'activation', params: { activation: 'relu' } },
    { kind: 'maxPooling2d', params: { poolSize: [2, 2], strides: [2, 2], padding: 'valid' } },
  ];
}

export const cnnBlocksTemplate = defineChainTemplate({
  id: 'cnn-blocks',
  datasetKinds: ['images'],
  layers: (dataset) => {
    if (dataset.inputShape.length !== 3) throw notApplicable('cnn-blocks', dataset, 'it needs images shaped [height, width, channels]');
    const blocks = convBlockCount(dataset.inputShape[0], dataset.inputShape[1]);
    if (blocks === 0) throw notApplicable('cnn-blocks', dataset, 'its images must be at least 4×4');
    return [
      ...Array.from({ length: blocks }, (_, i) => convBlock(FIRST_FILTERS * 2 ** i)).flat(),
      { kind: 'flatten', params: {} },
      // Two fully connected blocks, as in the course project.
      { kind: 'dense', params: { units: 128, activation: 'relu', useBias: true } },
      { kind: 'dropout', params: { rate: 0.5 } },
      { kind: 'dense', params: { units: 64, activation: 'relu', useBias: true } },
      { kind: 'dropout', params: { rate: 0.5 } },
      outputLayerFor(dataset),
    ];
  },
});
