import { defineLayer, trainable } from '../layer-definition';
import { intField, MAX_DIMENSION, pairField } from '../param-fields';
import { activationField, kernelFields, paddingField } from './shared-params';
import { dilatedWindow, KERNEL_WORD, requireImageInput, requireStridesOrDilation, windowOutputSize } from './spatial-shape';

export const conv2dLayer = defineLayer({
  kind: 'conv2d',
  category: 'convolution',
  fields: {
    filters: intField({ default: 32, min: 1, max: MAX_DIMENSION }),
    kernelSize: pairField([3, 3]),
    strides: pairField([1, 1]),
    padding: paddingField,
    dilationRate: pairField([1, 1]),
    activation: activationField('linear'),
    ...kernelFields,
  },
  inputs: { min: 1, max: 1 },
  keras: { className: 'Conv2D', aliases: ['Convolution2D'], tfjsFactory: 'conv2d', required: ['filters', 'kernelSize'] },
  outputShape: ([input], params) => {
    const [height, width] = requireImageInput('Conv2D', input);
    requireStridesOrDilation('Conv2D', params.strides, params.dilationRate);
    const window = params.kernelSize.map((k, axis) => dilatedWindow(k, params.dilationRate[axis]));
    return [...windowOutputSize('Conv2D', KERNEL_WORD, [height, width], window, params.strides, params.padding), params.filters];
  },
  paramCount: ([input], params) => {
    const [, , channels] = requireImageInput('Conv2D', input);
    const [kh, kw] = params.kernelSize;
    return trainable(kh * kw * channels * params.filters + (params.useBias ? params.filters : 0));
  },
  flops: ([input], params, output) => 2 * output[0] * output[1] * params.filters * params.kernelSize[0] * params.kernelSize[1] * input[2],
});
