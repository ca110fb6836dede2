import { describe, expect, it } from 'vitest';
import { StudioError } from '../errors';
import { getLayerDefinition } from './layers';
import { defaultParams, resolveParams } from './params';

function errorOf(kind: string, raw: Record<string, unknown>, layerName?: string): StudioError {
  try {
    resolveParams(getLayerDefinition(kind), raw, layerName);
  } catch (err) {
    if (err instanceof StudioError) return err;
    throw err;
  }
  throw new Error(`${kind} accepted ${JSON.stringify(raw)}`);
}

describe('resolveParams', () => {
  it('fills defaults and keeps given values', () => {
    expect(resolveParams(getLayerDefinition('dense'), { units: 10, activation: 'softmax' })).toEqual({
      units: 10,
      activation: 'softmax',
      useBias: true,
      kernelInitializer: 'glorotUniform',
      biasInitializer: 'zeros',
      kernelL1: 0,
      kernelL2: 0,
    });
    expect(resolveParams(getLayerDefinition('dropout'), {})).toEqual({ rate: 0.5 });
  });

  it('does not share arrays with the definition or the raw params', () => {
    const definition = getLayerDefinition('conv2d');
    const raw = { kernelSize: [5, 5] };
    const params = resolveParams(definition, raw);
    (params.kernelSize as number[])[0] = 1;
    (defaultParams(definition).strides as number[])[0] = 9;
    expect(raw.kernelSize).toEqual([5, 5]);
    expect(defaultParams(definition).strides).toEqual([1, 1]);
  });

  it('names the layer and the field', () => {
    const err = errorOf('dense', { units: 0 }, 'dense_1');
    expect(err.code).toBe('GRAPH_INVALID');
    expect(err.message).toBe('dense_1: units must be an integer ≥ 1 and ≤ 65536');
    expect(err.details).toMatchObject({ layer: 'dense_1', field: 'units', kind: 'dense' });
  });

  const rejected: [string, Record<string, unknown>, string][] = [
    ['dense', { units: 2.5 }, 'units must be an integer ≥ 1'],
    ['dense', { units: '32' }, 'units must be an integer'],
    ['dense', { activation: 'gelu' }, 'activation must be one of: linear, relu, sigmoid, tanh, softmax, elu, selu, softplus, relu6, softsign, hardSigmoid, swish'],
    ['dense', { kernelInitializer: 'uniform' }, 'kernelInitializer must be one of: glorotUniform,'],
    ['dense', { kernelL2: -0.1 }, 'kernelL2 must be a number ≥ 0 and ≤ 10'],
    ['conv2d', { dilationRate: [0, 1] }, 'dilationRate must be a list of 2 integers ≥ 1'],
    ['dense', { useBias: 'yes' }, 'useBias must be true or false'],
    ['dense', { unitz: 3 }, "unknown parameter 'unitz'"],
    ['dropout', { rate: 1 }, 'rate must be a number ≥ 0 and < 1'],
    ['dropout', { rate: -0.1 }, 'rate must be a number ≥ 0 and < 1'],
    ['dropout', { rate: Number.NaN }, 'rate must be a number'],
    ['batchNormalization', { epsilon: 0 }, 'epsilon must be a number > 0 and ≤ 1'],
    ['conv2d', { kernelSize: [3] }, 'kernelSize must be a list of 2 integers ≥ 1'],
    ['conv2d', { strides: [1, 0] }, 'strides must be a list of 2 integers ≥ 1'],
    ['conv2d', { padding: 'full' }, 'padding must be one of: valid, same'],
    ['input', { shape: [] }, 'shape must be a non-empty list of integers ≥ 1'],
    ['input', { shape: [28, -1] }, 'shape must be a non-empty list of integers ≥ 1'],
    ['input', { shape: 4 }, 'shape must be a non-empty list of integers'],
    ['input', { shape: [100_000] }, 'shape must be a non-empty list of integers ≥ 1 and ≤ 65536'],
  ];

  it.each(rejected)('%s rejects %j', (kind, raw, message) => {
    const err = errorOf(kind, raw);
    expect(err.code).toBe('GRAPH_INVALID');
    expect(err.message).toContain(message);
  });

  const accepted: [string, Record<string, unknown>][] = [
    ['dropout', { rate: 0 }],
    ['dropout', { rate: 0.99 }],
    ['batchNormalization', { momentum: 1, epsilon: 1 }],
    ['input', { shape: [300, 300, 3] }],
  ];

  it.each(accepted)('%s accepts %j', (kind, raw) => {
    expect(resolveParams(getLayerDefinition(kind), raw)).toMatchObject(raw);
  });
});
