import { describe, expect, it } from 'vitest';
import { isValidLayerName, layerNamePrefix, nextLayerName } from './layer-names';

describe('layer names', () => {
  it.each([
    ['dense', 'dense'],
    ['maxPooling2d', 'max_pooling2d'],
    ['globalAveragePooling2d', 'global_average_pooling2d'],
    ['batchNormalization', 'batch_normalization'],
  ])('%s names its layers %s_N', (kind, prefix) => {
    expect(layerNamePrefix(kind)).toBe(prefix);
  });

  it('takes the first free number', () => {
    expect(nextLayerName('dense', [])).toBe('dense_1');
    expect(nextLayerName('dense', ['dense_1', 'dense_3', 'conv2d_2'])).toBe('dense_2');
  });

  it.each([
    ['dense_1', true],
    ['Block-2.conv', true],
    ['1st', true],
    ['', false],
    ['_hidden', false],
    ['my layer', false],
    ['a/b', false],
    ['x'.repeat(65), false],
  ])('%j valid: %s', (name, valid) => {
    expect(isValidLayerName(name)).toBe(valid);
  });
});
