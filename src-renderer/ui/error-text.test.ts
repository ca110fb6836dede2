import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { resources } from '../app/i18n';
import { candidateKeys, detailText, errorText, templateVariables } from './error-text';

const i18n = i18next.createInstance();

beforeAll(async () => {
  await i18n.init({
    resources,
    lng: 'es',
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
  });
});

async function inLanguage<T>(lng: string, fn: () => T): Promise<T> {
  await i18n.changeLanguage(lng);
  return fn();
}

const outputMismatch = {
  code: 'MODEL_OUTPUT_MISMATCH',
  message: "The last layer 'dense_2' has 10 units but dataset 'Iris' has 3 classes. Set its units to 3.",
  details: { reason: 'units', task: 'classification', layer: 'dense_2', units: 10, dataset: 'Iris', classes: 3, expectedUnits: 3 },
};

describe('errorText', () => {
  it('fills the most specific translation from the details', async () => {
    expect(await inLanguage('es', () => errorText(i18n, outputMismatch))).toBe(
      'La última capa «dense_2» tiene 10 unidades pero el dataset «Iris» tiene 3 clases. Configura sus unidades en 3.',
    );
    expect(await inLanguage('en', () => errorText(i18n, outputMismatch))).toBe(
      'The last layer “dense_2” has 10 units but the dataset “Iris” has 3 classes. Set its units to 3.',
    );
  });

  it('falls back to the brief translation when details are missing, never to English', async () => {
    const text = await inLanguage('es', () => errorText(i18n, { code: 'PROJECT_EXISTS', message: 'Project exists' }));
    expect(text).toBe('Ya existe un proyecto con ese nombre en esa ubicación.');
  });

  it('uses the English message only for a code it cannot translate', async () => {
    expect(await inLanguage('es', () => errorText(i18n, { code: 'SOMETHING_NEW', message: 'A new kind of failure' }))).toBe('A new kind of failure');
  });

  it('formats shapes and lists in details', async () => {
    const text = await inLanguage('en', () =>
      errorText(i18n, {
        code: 'CSV_TARGET_MISSING',
        message: 'x',
        details: { column: 'label', file: 'iris.csv', columns: ['sepal_length', 'species'] },
      }),
    );
    expect(text).toBe('iris.csv has no column “label”. Its columns are: sepal_length, species.');
    expect(detailText([28, 28, 1])).toBe('(28, 28, 1)');
    expect(detailText({ nested: true })).toBeNull();
  });

  it('shows a shape error in Spanish from its Spanish details', async () => {
    const shape = {
      code: 'SHAPE_ERROR',
      message: 'dense_1: Dense expects a flat input but gets (batch, 28, 28, 1); add Flatten before it.',
      details: {
        layer: 'dense_1',
        problem: 'Dense expects a flat input but gets (batch, 28, 28, 1)',
        problemEs: 'Dense espera una entrada plana pero recibe (batch, 28, 28, 1)',
        fix: 'add Flatten before it',
        fixEs: 'agrega una capa Flatten antes',
      },
    };
    expect(await inLanguage('es', () => errorText(i18n, shape))).toBe(
      'Capa «dense_1»: Dense espera una entrada plana pero recibe (batch, 28, 28, 1); agrega una capa Flatten antes.',
    );
    expect(await inLanguage('es', () => errorText(i18n, { ...shape, details: { ...shape.details, fixEs: null } }))).toBe(
      'Una capa no puede recibir la forma que le llega.',
    );
  });

  it('translates the run-start input mismatch', async () => {
    const text = await inLanguage('es', () =>
      errorText(i18n, {
        code: 'MODEL_INPUT_MISMATCH',
        message: 'x',
        details: { layer: 'input', expected: '(batch, 4)', actual: '(batch, 28, 28, 1)', dataset: 'MNIST' },
      }),
    );
    expect(text).toBe('La capa de entrada espera (batch, 4) pero el dataset «MNIST» da (batch, 28, 28, 1). Elige un dataset o un modelo que coincidan.');
  });
});

describe('candidateKeys and templateVariables', () => {
  it('tries reason and task first', () => {
    expect(candidateKeys(outputMismatch)).toEqual([
      'errorReasons.MODEL_OUTPUT_MISMATCH.units_classification',
      'errorReasons.MODEL_OUTPUT_MISMATCH.units',
      'errors.MODEL_OUTPUT_MISMATCH',
      'errorsBrief.MODEL_OUTPUT_MISMATCH',
    ]);
  });

  it('lists interpolated names', () => {
    expect(templateVariables('{{a}} and {{ b }} and {{c, number}}')).toEqual(['a', 'b', 'c']);
  });
});
