import { defineLayer, trainable } from '../layer-definition';
import { intField, MAX_DIMENSION, pairField } from '../param-fields';
import { activationField, initializerField, paddingField, useBiasField } from './shared-params';
import { dilatedWindow, KERNEL_WORD, requireImageInput, requireStridesOrDilation, windowOutputSize } from './spatial-shape';

// A depthwise convolution (one filter per input channel) followed by a 1×1 pointwise one that mixes
// channels: about the same features as Conv2D with far fewer weights (MobileNet, Xception).
export const separableConv2dLayer = defineLayer({
  kind: 'separableConv2d',
  category: 'convolution',
  keras: { className: 'SeparableConv2D', aliases: ['SeparableConvolution2D'], tfjsFactory: 'separableConv2d', required: ['filters', 'kernelSize'] },
  fields: {
    filters: intField({ default: 32, min: 1, max: MAX_DIMENSION }),
    kernelSize: pairField([3, 3]),
    strides: pairField([1, 1]),
    padding: paddingField,
    dilationRate: pairField([1, 1]),
    depthMultiplier: intField({ default: 1, min: 1, max: 64 }),
    activation: activationField('linear'),
    useBias: useBiasField,
    depthwiseInitializer: initializerField('glorotUniform'),
    pointwiseInitializer: initializerField('glorotUniform'),
    biasInitializer: initializerField('zeros'),
  },
  inputs: { min: 1, max: 1 },
  outputShape: ([input], params) => {
    const [height, width] = requireImageInput('SeparableConv2D', input);
    requireStridesOrDilation('SeparableConv2D', params.strides, params.dilationRate);
    const window = params.kernelSize.map((k, axis) => dilatedWindow(k, params.dilationRate[axis]));
    return [...windowOutputSize('SeparableConv2D', KERNEL_WORD, [height, width], window, params.strides, params.padding), params.filters];
  },
  paramCount: ([input], params) => {
    const [, , channels] = requireImageInput('SeparableConv2D', input);
    const depthwise = params.kernelSize[0] * params.kernelSize[1] * channels * params.depthMultiplier;
    const pointwise = channels * params.depthMultiplier * params.filters;
    return trainable(depthwise + pointwise + (params.useBias ? params.filters : 0));
  },
  flops: ([input], params, output) => {
    const positions = output[0] * output[1];
    const depthwise = positions * input[2] * params.depthMultiplier * params.kernelSize[0] * params.kernelSize[1];
    return 2 * (depthwise + positions * input[2] * params.depthMultiplier * params.filters);
  },
});
