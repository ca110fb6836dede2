import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src-shared/data/csv';
import { ignoreReason, looksLikeIdName, profileColumn } from './csv-columns';

describe('looksLikeIdName', () => {
  it.each([
    ['id', true],
    ['ID', true],
    ['Unnamed: 0', true],
    ['PassengerId', true],
    ['customer_id', true],
    ['row number', true],
    ['index', true],
    ['squid', false],
    ['valid', false],
    ['width', false],
    ['area', false],
  ])('%s -> %s', (name, expected) => expect(looksLikeIdName(name)).toBe(expected));
});

describe('profileColumn and ignoreReason', () => {
  const rows = 10;
  const cases: { name: string; values: (i: number) => string; type: 'numeric' | 'categorical'; ignored: RegExp | null }[] = [
    { name: 'x', values: (i) => `${i * 0.5}`, type: 'numeric', ignored: null },
    { name: 'n', values: (i) => `${i + 1}`, type: 'numeric', ignored: /identifier/ }, // a run 1..10: row numbers
    { name: 'code', values: (i) => `${i * 7 + 3}`, type: 'numeric', ignored: null }, // distinct, not a run, plain name
    { name: 'user_id', values: (i) => `${i * 7 + 3}`, type: 'numeric', ignored: /identifier/ },
    { name: 'name', values: (i) => `person ${i}`, type: 'categorical', ignored: /identifier/ },
    { name: 'colour', values: (i) => ['red', 'blue'][i % 2], type: 'categorical', ignored: null },
    { name: 'blank', values: () => 'NA', type: 'categorical', ignored: /is empty/ },
    { name: 'gappy', values: (i) => (i === 3 ? '?' : `${i + 1}`), type: 'numeric', ignored: null }, // a gap means not an id
    { name: 'mixed', values: (i) => (i === 3 ? 'n/d' : `${i % 4}`), type: 'categorical', ignored: null },
    // One text cell makes a column categorical; with every value different it then reads as an identifier.
    { name: 'typo', values: (i) => (i === 3 ? 'n/d' : `${i}`), type: 'categorical', ignored: /identifier/ },
  ];
  for (const c of cases) {
    it(`${c.name}: ${c.type}, ${c.ignored ? 'ignored' : 'feature'}`, () => {
      const table = parseCsv([c.name, ...Array.from({ length: rows }, (_, i) => c.values(i))].join('\n'), { fileName: 't.csv' });
      const p = profileColumn(table, 0);
      expect(p.type).toBe(c.type);
      const reason = ignoreReason(p, rows);
      if (c.ignored) expect(reason).toMatch(c.ignored);
      else expect(reason).toBeNull();
    });
  }

  it('computes statistics over the non-missing values', () => {
    const table = parseCsv('v\n1\n\n3\nNA\n8\n', { fileName: 't.csv' });
    expect(profileColumn(table, 0)).toMatchObject({ type: 'numeric', missing: 1, present: 3, min: 1, max: 8, mean: 4, distinct: 3, integers: true });
  });
});
