import type { LayerSpec } from './layer-chain';
import { outputLayerFor } from './output-layer';
import { defineChainTemplate, notApplicable } from './template-definition';

const FILTERS = [32, 64, 128];

/** Blocks halve the image; one is added while the map stays at least 4 pixels a side after it. */
export function vggBlockCount(height: number, width: number): number {
  let side = Math.min(height, width);
  let blocks = 0;
  while (blocks < FILTERS.length && Math.floor(side / 2) >= 4) {
    side = Math.floor(side / 2);
    blocks++;
  }
  return blocks;
}

// VGG's idea on a small scale: blocks of two 3×3 'same' convolutions and a 2×2 max-pooling, the
// filters doubling block after block, then a fully connected classifier with Dropout.
function vggBlock(filters: number): LayerSpec[] {
  const conv = { kind: 'conv2d', params: { filters, kernelSize: [3, 3], padding: 'same', activation: 'relu', kernelInitializer: 'heUniform' } };
  return [conv, conv, { kind: 'maxPooling2d', params: { poolSize: [2, 2], strides: [2, 2] } }];
}

export const vggTemplate = defineChainTemplate({
  id: 'vgg',
  datasetKinds: ['images'],
  layers: (dataset) => {
    if (dataset.inputShape.length !== 3) throw notApplicable('vgg', dataset, 'it needs images shaped [height, width, channels]');
    const blocks = vggBlockCount(dataset.inputShape[0], dataset.inputShape[1]);
    if (blocks === 0) throw notApplicable('vgg', dataset, 'its images must be at least 8×8');
    return [
      ...FILTERS.slice(0, blocks).flatMap(vggBlock),
      { kind: 'flatten', params: {} },
      { kind: 'dense', params: { units: 128, activation: 'relu', kernelInitializer: 'heUniform' } },
      { kind: 'dropout', params: { rate: 0.5 } },
      outputLayerFor(dataset),
    ];
  },
});
