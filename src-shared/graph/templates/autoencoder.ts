import type { LayerSpec } from './layer-chain';
import { defineChainTemplate, notApplicable } from './template-definition';

const CODE_UNITS = 32;
/** A dense decoder has one output unit per input value; beyond this it is too big to train here. */
const LARGEST_INPUT = 16_384;

// A dense autoencoder: the encoder squeezes each sample into a small code, the decoder rebuilds
// the sample from it. It learns without labels (its target is its own input), so its output has
// the input's shape, with sigmoid for values scaled to [0, 1] such as pixels.
export const autoencoderTemplate = defineChainTemplate({
  id: 'autoencoder',
  datasetKinds: ['table', 'images'],
  objective: 'reconstruction',
  layers: (dataset): LayerSpec[] => {
    const size = dataset.inputShape.reduce((a, b) => a * b, 1);
    if (size > LARGEST_INPUT) {
      throw notApplicable('autoencoder', dataset, `its samples have ${size} values; a dense autoencoder takes at most ${LARGEST_INPUT} (e.g. 128×128 grayscale)`);
    }
    const hidden = Math.max(CODE_UNITS, Math.min(128, Math.round(size / 4)));
    const code = Math.min(CODE_UNITS, Math.max(2, Math.floor(size / 2)));
    const flat = dataset.inputShape.length > 1;
    return [
      ...(flat ? [{ kind: 'flatten', params: {} }] : []),
      { kind: 'dense', params: { units: hidden, activation: 'relu' } },
      { kind: 'dense', params: { units: code, activation: 'relu' } },
      { kind: 'dense', params: { units: hidden, activation: 'relu' } },
      { kind: 'dense', params: { units: size, activation: dataset.kind === 'images' ? 'sigmoid' : 'linear' } },
      ...(flat ? [{ kind: 'reshape', params: { targetShape: [...dataset.inputShape] } }] : []),
    ];
  },
});
