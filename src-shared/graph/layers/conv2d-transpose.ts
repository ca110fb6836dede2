import { defineLayer, trainable } from '../layer-definition';
import { intField, MAX_DIMENSION, pairField } from '../param-fields';
import { activationField, kernelFields, paddingField } from './shared-params';
import { requireImageInput } from './spatial-shape';

/** Output length of a transposed convolution, as Keras computes it (no output padding). */
function transposedLength(input: number, kernel: number, stride: number, padding: string): number {
  return padding === 'same' ? input * stride : input * stride + Math.max(kernel - stride, 0);
}

// The "deconvolution" of autoencoders and segmentation networks: it grows the feature maps.
export const conv2dTransposeLayer = defineLayer({
  kind: 'conv2dTranspose',
  category: 'convolution',
  keras: { className: 'Conv2DTranspose', aliases: ['Convolution2DTranspose', 'Deconvolution2D'], tfjsFactory: 'conv2dTranspose', required: ['filters', 'kernelSize'] },
  fields: {
    filters: intField({ default: 32, min: 1, max: MAX_DIMENSION }),
    kernelSize: pairField([3, 3]),
    strides: pairField([1, 1]),
    padding: paddingField,
    activation: activationField('linear'),
    ...kernelFields,
  },
  inputs: { min: 1, max: 1 },
  outputShape: ([input], params) => {
    const [height, width] = requireImageInput('Conv2DTranspose', input);
    return [
      transposedLength(height, params.kernelSize[0], params.strides[0], params.padding),
      transposedLength(width, params.kernelSize[1], params.strides[1], params.padding),
      params.filters,
    ];
  },
  paramCount: ([input], params) => {
    const [, , channels] = requireImageInput('Conv2DTranspose', input);
    return trainable(params.kernelSize[0] * params.kernelSize[1] * channels * params.filters + (params.useBias ? params.filters : 0));
  },
  flops: ([input], params) => 2 * input[0] * input[1] * input[2] * params.kernelSize[0] * params.kernelSize[1] * params.filters,
});
