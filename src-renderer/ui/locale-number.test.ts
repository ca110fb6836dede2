import { describe, expect, it } from 'vitest';
import { checkNumberText, formatLocaleNumber, parseLocaleNumber } from './locale-number';

describe('parseLocaleNumber', () => {
  it.each([
    // Spanish: decimal comma, dot grouping
    ['es', '0,05', 0.05],
    ['es', '0.05', 0.05],
    ['es', ',5', 0.5],
    ['es', '1.000', 1000],
    ['es', '1.234.567,5', 1234567.5],
    ['es', '1 000', 1000],
    ['es', '-3,25', -3.25],
    ['es', '1,5e-3', 0.0015],
    ['es', '1e-4', 0.0001],
    ['es', '42', 42],
    ['es', '  7  ', 7],
    // English: decimal point, comma grouping
    ['en', '0.05', 0.05],
    ['en', '0,05', 0.05],
    ['en', '1,000', 1000],
    ['en', '1,234,567.5', 1234567.5],
    ['en', '+2.5E2', 250],
    ['en', '.5', 0.5],
  ] as const)('%s reads %j as %d', (language, text, expected) => {
    expect(parseLocaleNumber(text, language)).toBeCloseTo(expected, 12);
  });

  it.each([
    ['es', ''],
    ['es', '   '],
    ['es', ','],
    ['es', '0,0,5'],
    ['es', '1.00,5'],
    ['es', '1,5.3'],
    ['es', '12abc'],
    ['es', '1e'],
    ['es', '1e999'],
    ['es', 'NaN'],
    ['es', 'Infinity'],
    ['en', '1.2.3'],
    ['en', '1,00.5'],
    ['en', '--1'],
    ['en', '0x10'],
  ] as const)('%s refuses %j', (language, text) => {
    expect(parseLocaleNumber(text, language)).toBeNull();
  });

  it('never reads a Spanish decimal comma as a thousands separator', () => {
    for (const text of ['0,05', '0,5', '1,5', '10,25', '3,14159']) {
      expect(parseLocaleNumber(text, 'es')).toBe(Number(text.replace(',', '.')));
    }
  });
});

describe('formatLocaleNumber', () => {
  it.each([
    [0.05, 'es', '0,05'],
    [0.05, 'en', '0.05'],
    [1000, 'es', '1000'],
    [-2.5, 'es', '-2,5'],
    [1e-7, 'en', '1e-7'],
    [Number.NaN, 'en', ''],
  ] as const)('writes %d in %s as %j', (value, language, text) => {
    expect(formatLocaleNumber(value, language)).toBe(text);
  });

  it('round-trips through the parser in both languages', () => {
    for (const value of [0, 0.001, 0.05, 1.5, 42, 1234.5678, -7.25, 1e-7, 3e21]) {
      for (const language of ['en', 'es'] as const) expect(parseLocaleNumber(formatLocaleNumber(value, language), language)).toBe(value);
    }
  });
});

describe('checkNumberText', () => {
  it.each([
    ['0,05', 'es', {}, 0.05, null],
    ['', 'es', {}, null, { key: 'required' }],
    ['abc', 'es', {}, null, { key: 'notNumber', example: '0,05' }],
    ['abc', 'en', { integer: true }, null, { key: 'notNumber', example: '10' }],
    ['2,5', 'es', { integer: true }, null, { key: 'integer' }],
    ['0', 'en', { min: 1 }, null, { key: 'min', min: '1' }],
    ['0,5', 'es', { min: 0.75 }, null, { key: 'min', min: '0,75' }],
    ['11', 'en', { max: 10 }, null, { key: 'max', max: '10' }],
    ['10', 'en', { integer: true, min: 1, max: 10 }, 10, null],
  ] as const)('%j in %s with %j', (text, language, rules, value, problem) => {
    expect(checkNumberText(text, language, rules)).toEqual({ value, problem });
  });
});
