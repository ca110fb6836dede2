import { describe, expect, it } from 'vitest';
import { naturalCompare, sortNaturally } from './natural-order';

describe('naturalCompare', () => {
  const cases: { name: string; input: string[]; sorted: string[] }[] = [
    { name: 'digits by value', input: ['10', '9', '1', '0', '2'], sorted: ['0', '1', '2', '9', '10'] },
    { name: 'digits inside names', input: ['img10.png', 'img2.png', 'img1.png'], sorted: ['img1.png', 'img2.png', 'img10.png'] },
    { name: 'case-insensitive text', input: ['dogs', 'Cats', 'birds'], sorted: ['birds', 'Cats', 'dogs'] },
    { name: 'leading zeros tie-break after value', input: ['07', '7', '6'], sorted: ['6', '7', '07'] },
    { name: 'prefix before longer name', input: ['cat10', 'cat', 'cat1'], sorted: ['cat', 'cat1', 'cat10'] },
    { name: 'numbers before text', input: ['b', '3', 'a'], sorted: ['3', 'a', 'b'] },
    { name: 'very long digit runs', input: ['123456789012345678902', '123456789012345678901'], sorted: ['123456789012345678901', '123456789012345678902'] },
  ];
  for (const c of cases) {
    it(c.name, () => expect(sortNaturally(c.input)).toEqual(c.sorted));
  }

  it('is a total order: equal only for the same string', () => {
    expect(naturalCompare('A', 'a')).not.toBe(0);
    expect(naturalCompare('x', 'x')).toBe(0);
    expect(Math.sign(naturalCompare('A', 'a'))).toBe(-Math.sign(naturalCompare('a', 'A')));
  });
});
