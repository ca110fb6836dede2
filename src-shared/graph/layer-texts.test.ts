import { describe, expect, it } from 'vitest';
import { LAYER_CATEGORIES } from './layer-definition';
import { categoryTitle, layerLocale, layerTexts, layerTitle, paramTexts } from './layer-texts';
import { LAYER_KINDS, listLayerDefinitions } from './layers';

function keyPaths(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, inner]) => keyPaths(inner, prefix ? `${prefix}.${key}` : key));
}

describe('layer locale files', () => {
  it('have the same keys in English and Spanish', () => {
    expect(keyPaths(layerLocale('es')).sort()).toEqual(keyPaths(layerLocale('en')).sort());
  });

  it('describe exactly the registered kinds and the params they have', () => {
    const en = layerLocale('en');
    expect(Object.keys(en.layers).sort()).toEqual([...LAYER_KINDS].sort());
    const usedShared = new Set<string>();
    for (const definition of listLayerDefinitions()) {
      const own = Object.keys(en.layers[definition.kind].params ?? {});
      for (const name of own) expect(Object.keys(definition.fields)).toContain(name);
      for (const name of Object.keys(definition.fields)) if (!own.includes(name)) usedShared.add(name);
    }
    // No stale shared texts: each is used by some kind.
    expect(Object.keys(en.params).sort()).toEqual([...usedShared].sort());
  });

  it('name every palette group in both languages', () => {
    expect(Object.keys(layerLocale('en').categories)).toEqual([...LAYER_CATEGORIES]);
    expect(categoryTitle('normalization')).toEqual({ en: 'Normalization & regularization', es: 'Normalización y regularización' });
  });

  it('fall back to the id for a kind the registry lacks', () => {
    expect(layerTexts('capsule').title).toEqual({ en: 'capsule', es: 'capsule' });
    expect(layerTitle('capsule', 'es')).toBe('capsule');
    expect(paramTexts('dense', 'nope').label.en).toBe('nope');
  });

  it('let a kind override a shared parameter text', () => {
    expect(paramTexts('conv2d', 'padding').label).toEqual(paramTexts('maxPooling2d', 'padding').label);
    expect(layerTitle('conv2d', 'es')).toBe('Conv2D (convolución)');
  });
});
