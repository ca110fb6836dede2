import { singleListCodec } from '../keras/keras-codecs';
import { defineLayer, trainable } from '../layer-definition';
import { intField, MAX_DIMENSION } from '../param-fields';
import { activationField, kernelFields, paddingField } from './shared-params';
import { dilatedWindow, KERNEL_WORD, requireSequenceInput, requireStridesOrDilation, windowOutputSize } from './spatial-shape';

export const conv1dLayer = defineLayer({
  kind: 'conv1d',
  category: 'convolution',
  keras: {
    className: 'Conv1D',
    aliases: ['Convolution1D'],
    tfjsFactory: 'conv1d',
    required: ['filters', 'kernelSize'],
    codecs: { kernelSize: singleListCodec('kernel_size'), strides: singleListCodec('strides'), dilationRate: singleListCodec('dilation_rate') },
  },
  fields: {
    filters: intField({ default: 32, min: 1, max: MAX_DIMENSION }),
    kernelSize: intField({ default: 3, min: 1, max: MAX_DIMENSION }),
    strides: intField({ default: 1, min: 1, max: MAX_DIMENSION }),
    // No 'causal': tfjs 4.22 pads for it but reports the unpadded length, so models would not build reliably.
    padding: paddingField,
    dilationRate: intField({ default: 1, min: 1, max: MAX_DIMENSION }),
    activation: activationField('linear'),
    ...kernelFields,
  },
  inputs: { min: 1, max: 1 },
  outputShape: ([input], params) => {
    const [steps] = requireSequenceInput('Conv1D', input);
    requireStridesOrDilation('Conv1D', [params.strides], [params.dilationRate]);
    const window = dilatedWindow(params.kernelSize, params.dilationRate);
    return [...windowOutputSize('Conv1D', KERNEL_WORD, [steps], [window], [params.strides], params.padding), params.filters];
  },
  paramCount: ([input], params) => {
    const [, channels] = requireSequenceInput('Conv1D', input);
    return trainable(params.kernelSize * channels * params.filters + (params.useBias ? params.filters : 0));
  },
  flops: ([input], params, output) => 2 * output[0] * params.filters * params.kernelSize * input[1],
});
