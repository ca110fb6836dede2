import { describe, expect, it } from 'vitest';
import { assignSplits, validationCount } from './split-assignment';

function countBy(groups: number[], splits: string[]): Record<string, number> {
  const out: Record<string, number> = {};
  groups.forEach((g, i) => {
    const key = `${g}:${splits[i]}`;
    out[key] = (out[key] ?? 0) + 1;
  });
  return out;
}

describe('validationCount', () => {
  it.each([
    [0, 0],
    [1, 0],
    [2, 1],
    [3, 1],
    [5, 1],
    [10, 2],
    [50, 10],
    [150, 30],
  ])('%i items -> %i for validation', (n, val) => expect(validationCount(n)).toBe(val));
});

describe('assignSplits', () => {
  it('stratifies 80/20 within each group', () => {
    const groups = [...Array(50).fill(0), ...Array(50).fill(1), ...Array(50).fill(2)];
    expect(countBy(groups, assignSplits(groups, 7))).toEqual({ '0:train': 40, '0:val': 10, '1:train': 40, '1:val': 10, '2:train': 40, '2:val': 10 });
  });

  it('repeats for the same seed and changes with another', () => {
    const groups = Array.from({ length: 100 }, (_, i) => i % 3);
    expect(assignSplits(groups, 1)).toEqual(assignSplits(groups, 1));
    expect(assignSplits(groups, 1)).not.toEqual(assignSplits(groups, 2));
  });

  it('keeps a group of one in train', () => {
    const splits = assignSplits([0, 0, 0, 0, 0, 1], 3);
    expect(splits[5]).toBe('train');
    expect(splits.filter((s) => s === 'val')).toHaveLength(1);
  });
});
