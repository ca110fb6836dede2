import { defineLayer, trainable } from '../layer-definition';
import { intField, pairField } from '../param-fields';
import { activationField, initializerField, paddingField, useBiasField } from './shared-params';
import { dilatedWindow, KERNEL_WORD, requireImageInput, requireStridesOrDilation, windowOutputSize } from './spatial-shape';

export const depthwiseConv2dLayer = defineLayer({
  kind: 'depthwiseConv2d',
  category: 'convolution',
  keras: { className: 'DepthwiseConv2D', tfjsFactory: 'depthwiseConv2d', required: ['kernelSize'] },
  fields: {
    kernelSize: pairField([3, 3]),
    strides: pairField([1, 1]),
    padding: paddingField,
    dilationRate: pairField([1, 1]),
    depthMultiplier: intField({ default: 1, min: 1, max: 64 }),
    activation: activationField('linear'),
    useBias: useBiasField,
    depthwiseInitializer: initializerField('glorotUniform'),
    biasInitializer: initializerField('zeros'),
  },
  inputs: { min: 1, max: 1 },
  outputShape: ([input], params) => {
    const [height, width, channels] = requireImageInput('DepthwiseConv2D', input);
    requireStridesOrDilation('DepthwiseConv2D', params.strides, params.dilationRate);
    const window = params.kernelSize.map((k, axis) => dilatedWindow(k, params.dilationRate[axis]));
    return [...windowOutputSize('DepthwiseConv2D', KERNEL_WORD, [height, width], window, params.strides, params.padding), channels * params.depthMultiplier];
  },
  paramCount: ([input], params) => {
    const [, , channels] = requireImageInput('DepthwiseConv2D', input);
    const outChannels = channels * params.depthMultiplier;
    return trainable(params.kernelSize[0] * params.kernelSize[1] * outChannels + (params.useBias ? outChannels : 0));
  },
  flops: (_inputs, params, output) => 2 * output[0] * output[1] * output[2] * params.kernelSize[0] * params.kernelSize[1],
});
