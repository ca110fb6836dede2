import { describe, expect, it } from 'vitest';
import { defaultExportDir, exportSlug } from './default-export-dir';

describe('defaultExportDir', () => {
  it('puts the run under the project’s exports folder with the model name as a slug', () => {
    expect(defaultExportDir('/home/ana/iris.neurona', 'Iris · Multilayer perceptron (MLP)', 1)).toBe(
      '/home/ana/iris.neurona/exports/iris-multilayer-perceptron-mlp-run-1',
    );
    expect(defaultExportDir('/home/ana/iris.neurona/', 'cnn', 4)).toBe('/home/ana/iris.neurona/exports/cnn-run-4');
  });

  it('uses backslashes for a Windows project path', () => {
    expect(defaultExportDir('C:\\Users\\ana\\p.neurona', 'cnn', 2)).toBe('C:\\Users\\ana\\p.neurona\\exports\\cnn-run-2');
  });

  it('skips folders earlier exports took', () => {
    const taken = ['/p/exports/cnn-run-2', '/p/exports/cnn-run-2-2'];
    expect(defaultExportDir('/p', 'cnn', 2, taken)).toBe('/p/exports/cnn-run-2-3');
  });

  it('drops accents and falls back for names without letters', () => {
    expect(exportSlug('Clasificación de dígitos')).toBe('clasificacion-de-digitos');
    expect(exportSlug('///')).toBe('model');
  });
});
