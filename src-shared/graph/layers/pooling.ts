import { stridesOrPoolCodec } from '../keras/keras-codecs';
import type { KerasFormat } from '../keras/keras-format';
import { defineLayer, NO_PARAMS } from '../layer-definition';
import { intField, MAX_DIMENSION, pairField } from '../param-fields';
import { shapeSize } from '../shape';
import { paddingField } from './shared-params';
import { POOL_WORD, requireImageInput, requireSequenceInput, windowOutputSize } from './spatial-shape';

// Max and average pooling differ only in what they compute, not in shapes or parameters, so each
// pair of definitions comes from one description. `title` is the Keras class name, used in messages.

/** Keras' short spelling of a pooling class: MaxPooling2D → MaxPool2D. */
function shortName(title: string): string {
  return title.replace('Pooling', 'Pool').replace('Average', 'Avg');
}

function poolingFormat(title: string, tfjsFactory: string, single: boolean): KerasFormat {
  return {
    className: title,
    aliases: [shortName(title)],
    tfjsFactory,
    // Keras' strides default to the pool size: both are always written so code says what runs.
    required: ['poolSize', 'strides'],
    codecs: {
      poolSize: single ? stridesOrPoolCodec('pool_size', 'pool_size', true) : stridesOrPoolCodec('pool_size', 'pool_size', false),
      strides: stridesOrPoolCodec('strides', 'pool_size', single),
    },
  };
}

export function pooling2dLayer<K extends string>(kind: K, title: string) {
  return defineLayer({
    kind,
    category: 'pooling',
    keras: poolingFormat(title, kind, false),
    fields: { poolSize: pairField([2, 2]), strides: pairField([2, 2]), padding: paddingField },
    inputs: { min: 1, max: 1 },
    outputShape: ([input], params) => {
      const [height, width, channels] = requireImageInput(title, input);
      return [...windowOutputSize(title, POOL_WORD, [height, width], params.poolSize, params.strides, params.padding), channels];
    },
    paramCount: () => NO_PARAMS,
    flops: (_inputs, params, output) => shapeSize(output) * params.poolSize[0] * params.poolSize[1],
  });
}

export function pooling1dLayer<K extends string>(kind: K, title: string) {
  return defineLayer({
    kind,
    category: 'pooling',
    keras: poolingFormat(title, kind, true),
    fields: {
      poolSize: intField({ default: 2, min: 1, max: MAX_DIMENSION }),
      strides: intField({ default: 2, min: 1, max: MAX_DIMENSION }),
      padding: paddingField,
    },
    inputs: { min: 1, max: 1 },
    outputShape: ([input], params) => {
      const [steps, channels] = requireSequenceInput(title, input);
      return [...windowOutputSize(title, POOL_WORD, [steps], [params.poolSize], [params.strides], params.padding), channels];
    },
    paramCount: () => NO_PARAMS,
    flops: (_inputs, params, output) => shapeSize(output) * params.poolSize,
  });
}

/** Global pooling reduces every spatial axis to one value per channel. */
export function globalPoolingLayer<K extends string>(kind: K, title: string, rank: 1 | 2) {
  return defineLayer({
    kind,
    category: 'pooling',
    keras: { className: title, aliases: [shortName(title)], tfjsFactory: kind },
    fields: {},
    inputs: { min: 1, max: 1 },
    outputShape: ([input]) => [rank === 2 ? requireImageInput(title, input)[2] : requireSequenceInput(title, input)[1]],
    paramCount: () => NO_PARAMS,
    flops: ([input]) => shapeSize(input),
  });
}
