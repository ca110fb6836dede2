import { describe, expect, it } from 'vitest';
import { resolveLanguage } from './language';

describe('resolveLanguage', () => {
  it.each([
    ['en', ['es-AR'], 'en'],
    ['es', ['en-US'], 'es'],
    ['system', ['es-AR', 'en'], 'es'],
    ['system', ['fr-FR', 'es'], 'es'],
    ['system', ['en-GB', 'es'], 'en'],
    ['system', ['de'], 'en'],
    ['system', [], 'en'],
  ] as const)('setting %s with %j gives %s', (setting, preferred, expected) => {
    expect(resolveLanguage(setting, preferred)).toBe(expected);
  });
});
