import { describe, expect, it } from 'vitest';
import { StudioError } from '../../errors';
import type { LayerParams } from '../layer-definition';
import { defaultParams, resolveParams } from '../params';
import { ShapeError, type Shape } from '../shape';
import { LAYER_CATEGORIES } from '../layer-definition';
import { hasParamText, layerTexts, paramTexts } from '../layer-texts';
import { ACTIVATIONS, getLayerDefinition, LAYER_KINDS, listLayerDefinitions } from './index';

function infer(kind: string, inputShapes: Shape[], raw: Record<string, unknown> = {}): { shape: Shape; params: number } {
  const definition = getLayerDefinition(kind);
  const params: LayerParams = resolveParams(definition, raw);
  const count = definition.paramCount(inputShapes, params);
  return { shape: definition.outputShape(inputShapes, params), params: count.trainable + count.nonTrainable };
}

function shapeErrorOf(kind: string, inputShapes: Shape[], raw: Record<string, unknown> = {}): ShapeError {
  try {
    infer(kind, inputShapes, raw);
  } catch (err) {
    if (err instanceof ShapeError) return err;
    throw err;
  }
  throw new Error(`${kind} accepted ${JSON.stringify(inputShapes)}`);
}

describe('layer registry', () => {
  it('holds every kind the builder offers, in palette order by category', () => {
    expect([...LAYER_KINDS].sort()).toEqual(
      [
        'input',
        'dense',
        'embedding',
        'activation',
        'relu',
        'leakyRelu',
        'prelu',
        'elu',
        'softmax',
        'dropout',
        'spatialDropout1d',
        'spatialDropout2d',
        'gaussianNoise',
        'flatten',
        'reshape',
        'permute',
        'repeatVector',
        'batchNormalization',
        'layerNormalization',
        'conv1d',
        'conv2d',
        'separableConv2d',
        'depthwiseConv2d',
        'conv2dTranspose',
        'maxPooling1d',
        'maxPooling2d',
        'averagePooling1d',
        'averagePooling2d',
        'globalAveragePooling1d',
        'globalAveragePooling2d',
        'globalMaxPooling1d',
        'globalMaxPooling2d',
        'upSampling2d',
        'zeroPadding2d',
        'cropping2d',
        'simpleRnn',
        'lstm',
        'gru',
        'bidirectional',
        'timeDistributed',
        'add',
        'concatenate',
        'multiply',
        'average',
      ].sort(),
    );
    expect(listLayerDefinitions().map((d) => d.kind)).toEqual(LAYER_KINDS);
    const categories = listLayerDefinitions().map((d) => LAYER_CATEGORIES.indexOf(d.category));
    expect(categories).toEqual([...categories].sort((a, b) => a - b));
  });

  it('maps every kind to its own Keras class', () => {
    const classes = listLayerDefinitions().flatMap((d) => [d.keras.className, ...(d.keras.aliases ?? [])]);
    expect(new Set(classes).size).toBe(classes.length);
    for (const definition of listLayerDefinitions()) {
      for (const name of definition.keras.required ?? []) expect(Object.keys(definition.fields)).toContain(name);
    }
  });

  it('offers the twelve activations the course and Keras use', () => {
    expect([...ACTIVATIONS]).toEqual(['linear', 'relu', 'sigmoid', 'tanh', 'softmax', 'elu', 'selu', 'softplus', 'relu6', 'softsign', 'hardSigmoid', 'swish']);
  });

  it('throws GRAPH_INVALID listing the known kinds for an unknown kind', () => {
    let caught: unknown;
    try {
      getLayerDefinition('capsule');
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(StudioError);
    expect((caught as StudioError).code).toBe('GRAPH_INVALID');
    expect((caught as StudioError).message).toContain("'capsule'");
    expect((caught as StudioError).message).toContain('conv2d');
  });

  it.each(listLayerDefinitions().map((d) => [d.kind, d] as const))('%s has texts in English and Spanish and valid defaults', (kind, definition) => {
    const { title, help } = layerTexts(kind);
    for (const text of [title, help]) {
      expect(text.en.trim()).not.toBe('');
      expect(text.es.trim()).not.toBe('');
    }
    expect(title.en).not.toBe(kind);
    expect(help.es).not.toBe(help.en);
    for (const name of Object.keys(definition.fields)) {
      expect(hasParamText('en', kind, name) && hasParamText('es', kind, name)).toBe(true);
      const texts = paramTexts(kind, name);
      expect(texts.label.en && texts.label.es && texts.help.en && texts.help.es).toBeTruthy();
      expect(texts.help.es).not.toBe(texts.help.en);
    }
    expect(resolveParams(definition, {})).toEqual(defaultParams(definition));
    expect(definition.inputs.min).toBeLessThanOrEqual(definition.inputs.max);
  });

  it('uses Keras defaults where Keras has them', () => {
    expect(defaultParams(getLayerDefinition('dense'))).toMatchObject({ activation: 'linear', useBias: true });
    expect(defaultParams(getLayerDefinition('conv2d'))).toMatchObject({ strides: [1, 1], padding: 'valid', activation: 'linear', useBias: true });
    expect(defaultParams(getLayerDefinition('maxPooling2d'))).toEqual({ poolSize: [2, 2], strides: [2, 2], padding: 'valid' });
    expect(defaultParams(getLayerDefinition('averagePooling2d'))).toEqual({ poolSize: [2, 2], strides: [2, 2], padding: 'valid' });
    expect(defaultParams(getLayerDefinition('batchNormalization'))).toEqual({
      momentum: 0.99,
      epsilon: 0.001,
      center: true,
      scale: true,
      betaInitializer: 'zeros',
      gammaInitializer: 'ones',
    });
  });

  it('explains Dropout in the course words', () => {
    expect(layerTexts('dropout').help.es.toLowerCase()).toContain('apaga al azar una fracción de neuronas durante el entrenamiento para reducir el overfitting');
  });
});

describe('output shapes and parameter counts', () => {
  const cases: [string, Shape[], Record<string, unknown>, Shape, number][] = [
    ['input', [], { shape: [28, 28, 1] }, [28, 28, 1], 0],
    ['dense', [[4]], { units: 3 }, [3], 15],
    ['dense', [[4]], { units: 3, useBias: false }, [3], 12],
    ['dense', [[800]], { units: 64, activation: 'relu' }, [64], 51264],
    ['conv2d', [[28, 28, 1]], { filters: 16 }, [26, 26, 16], 160],
    ['conv2d', [[28, 28, 3]], { filters: 8, kernelSize: [5, 5], strides: [2, 2], padding: 'same' }, [14, 14, 8], 608],
    ['conv2d', [[7, 9, 2]], { filters: 4, kernelSize: [3, 2], strides: [2, 3] }, [3, 3, 4], 52],
    ['conv2d', [[5, 5, 3]], { filters: 2, useBias: false }, [3, 3, 2], 54],
    ['conv2d', [[3, 3, 1]], { filters: 2, kernelSize: [5, 5], padding: 'same' }, [3, 3, 2], 52],
    ['maxPooling2d', [[26, 26, 16]], {}, [13, 13, 16], 0],
    ['maxPooling2d', [[5, 5, 3]], { strides: [1, 1] }, [4, 4, 3], 0],
    ['maxPooling2d', [[1, 1, 8]], { padding: 'same' }, [1, 1, 8], 0],
    ['averagePooling2d', [[7, 7, 2]], { padding: 'same' }, [4, 4, 2], 0],
    ['averagePooling2d', [[7, 7, 2]], {}, [3, 3, 2], 0],
    ['averagePooling2d', [[9, 6, 2]], { poolSize: [3, 2], strides: [3, 2] }, [3, 3, 2], 0],
    ['globalAveragePooling2d', [[5, 5, 32]], {}, [32], 0],
    ['flatten', [[5, 5, 32]], {}, [800], 0],
    ['flatten', [[4, 6]], {}, [24], 0],
    ['dropout', [[13, 13, 8]], { rate: 0.25 }, [13, 13, 8], 0],
    ['batchNormalization', [[10]], {}, [10], 40],
    ['batchNormalization', [[4, 4, 8]], { momentum: 0.9 }, [4, 4, 8], 32],
    ['activation', [[3, 3]], { activation: 'tanh' }, [3, 3], 0],
    ['concatenate', [[4, 4, 3], [4, 4, 5]], {}, [4, 4, 8], 0],
    ['concatenate', [[3], [5], [2]], {}, [10], 0],
    ['add', [[8], [8]], {}, [8], 0],
    ['add', [[2, 2, 4], [2, 2, 4], [2, 2, 4]], {}, [2, 2, 4], 0],
    // The project's own kind: no weights, same shape (tfjs has no SpatialDropout2D to compare with).
    ['spatialDropout2d', [[6, 6, 3]], { rate: 0.2 }, [6, 6, 3], 0],
    ['spatialDropout2d', [[1, 9, 16]], {}, [1, 9, 16], 0],
    ['spatialDropout2d', [[28, 28, 1]], { rate: 0.5 }, [28, 28, 1], 0],
    ['lstm', [[10, 8]], { units: 16 }, [16], 4 * (16 * (8 + 16) + 16)],
    ['gru', [[10, 8]], { units: 16, returnSequences: true }, [10, 16], 3 * (16 * (8 + 16) + 16)],
    ['bidirectional', [[10, 8]], { layer: { kind: 'lstm', params: { units: 16 } } }, [32], 2 * 4 * (16 * (8 + 16) + 16)],
    ['timeDistributed', [[10, 8]], { layer: { kind: 'dense', params: { units: 4 } } }, [10, 4], 36],
    ['embedding', [[20]], { inputDim: 1000, outputDim: 16 }, [20, 16], 16000],
    ['conv2dTranspose', [[7, 7, 8]], { filters: 4, strides: [2, 2], padding: 'same' }, [14, 14, 4], 3 * 3 * 8 * 4 + 4],
    ['separableConv2d', [[8, 8, 3]], { filters: 6 }, [6, 6, 6], 3 * 3 * 3 + 3 * 6 + 6],
    ['reshape', [[784]], { targetShape: [28, 28, 1] }, [28, 28, 1], 0],
    ['reshape', [[4, 6]], { targetShape: [-1, 2] }, [12, 2], 0],
    ['cropping2d', [[28, 28, 1]], { cropping: [2, 2, 4, 4] }, [24, 20, 1], 0],
    ['prelu', [[4, 4, 2]], {}, [4, 4, 2], 32],
  ];

  it.each(cases)('%s on %j with %j gives %j and %i params', (kind, inputs, raw, shape, params) => {
    expect(infer(kind, inputs, raw)).toEqual({ shape, params });
  });
});

describe('shape errors explain the fix', () => {
  it('Dense on an image asks for Flatten', () => {
    const err = shapeErrorOf('dense', [[13, 13, 32]], { units: 10 });
    expect(err.message).toBe('Dense expects a flat input but gets (batch, 13, 13, 32)');
    expect(err.fix?.en).toBe('add Flatten before it');
    expect(err.fix?.es).toContain('Flatten');
    expect(err.problem.es).toContain('(batch, 13, 13, 32)');
  });

  const cases: [string, Shape[], Record<string, unknown>, string, string][] = [
    ['conv2d', [[784]], {}, 'Conv2D expects an image input (batch, height, width, channels) but gets the flat (batch, 784)', 'Flatten'],
    ['conv2d', [[28, 28]], {}, 'but gets (batch, 28, 28)', '[height, width, channels]'],
    ['conv2d', [[3, 3, 1]], { kernelSize: [5, 5] }, "Conv2D's 5×5 kernel is larger than its 3×3 input", "padding 'same'"],
    ['conv2d', [[8, 2, 1]], { kernelSize: [3, 3] }, "Conv2D's 3×3 kernel is larger than its 8×2 input", 'at most 3×2'],
    ['maxPooling2d', [[1, 1, 8]], {}, "MaxPooling2D's 2×2 pool window is larger than its 1×1 input", 'remove a pooling layer'],
    ['averagePooling2d', [[64]], {}, 'AveragePooling2D expects an image input', 'Flatten'],
    ['globalAveragePooling2d', [[10]], {}, 'GlobalAveragePooling2D expects an image input', 'Flatten'],
    ['flatten', [[10]], {}, 'Flatten expects feature maps or another multi-axis input but gets the already flat (batch, 10)', 'remove it'],
    ['add', [[8], [4]], {}, 'Add needs inputs of the same shape but gets (batch, 8) and (batch, 4)', 'same output shape'],
    ['add', [[2, 2, 4], [16]], {}, 'Add needs inputs of the same shape', 'same output shape'],
    ['concatenate', [[4, 4, 3], [2, 2, 3]], {}, 'must match in every other dimension, but gets (batch, 4, 4, 3) and (batch, 2, 2, 3)', 'Flatten'],
    ['concatenate', [[4, 4, 3], [48]], {}, 'must match in every other dimension', 'Flatten'],
    ['multiply', [[8], [4]], {}, 'Multiply needs inputs of the same shape', 'same output shape'],
    ['conv2d', [[9, 9, 1]], { strides: [2, 2], dilationRate: [2, 2] }, 'cannot use a stride above 1 together with a dilation above 1', 'back to 1'],
    ['conv1d', [[28, 28, 1]], {}, 'Conv1D expects a sequence input (batch, steps, features) but gets (batch, 28, 28, 1)', 'Reshape'],
    ['lstm', [[16]], {}, 'LSTM expects a sequence input', '[steps, features]'],
    ['maxPooling1d', [[1, 3]], {}, "MaxPooling1D's 2 pool window is larger than its 1 input", "padding 'same'"],
    ['reshape', [[10]], { targetShape: [3, 3] }, 'Reshape cannot turn (batch, 10) (10 values) into [3, 3]', 'multiply to 10'],
    ['reshape', [[10]], { targetShape: [-1, -1] }, 'at most one -1', 'target shape'],
    ['permute', [[3, 4]], { dims: [1, 1] }, 'must list each axis of its input (batch, 3, 4) once', '2, 1'],
    ['cropping2d', [[4, 4, 1]], { cropping: [2, 2, 0, 0] }, 'leaving nothing', 'less than 4 rows'],
    ['repeatVector', [[3, 4]], {}, 'RepeatVector expects a flat input', 'Flatten'],
    ['timeDistributed', [[8]], {}, 'TimeDistributed expects a sequence', 'return sequences'],
    ['timeDistributed', [[5, 4, 4, 2]], {}, 'Dense expects a flat input but gets (batch, 4, 4, 2)', 'Flatten'],
    ['bidirectional', [[8]], {}, 'LSTM expects a sequence input', '[steps, features]'],
  ];

  it.each(cases)('%s on %j (%j)', (kind, inputs, raw, message, fix) => {
    const err = shapeErrorOf(kind, inputs, raw);
    expect(err.message).toContain(message);
    expect(err.fix?.en).toContain(fix);
    expect(err.fix?.es).toBeTruthy();
    expect(err.problem.es).toBeTruthy();
    expect(err.problem.es).not.toBe(err.problem.en);
  });
});
