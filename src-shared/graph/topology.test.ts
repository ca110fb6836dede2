import { describe, expect, it } from 'vitest';
import { sortTopologically } from './topology';

const edges = (...pairs: [string, string][]) => pairs.map(([source, target]) => ({ source, target }));

describe('sortTopologically', () => {
  it('puts sources first and keeps graph order between independent nodes', () => {
    expect(sortTopologically(['c', 'a', 'b', 'd'], edges(['a', 'd'], ['b', 'd'], ['c', 'd']))).toEqual({ order: ['c', 'a', 'b', 'd'], blocked: [], cycles: [] });
    expect(sortTopologically(['out', 'mid', 'in'], edges(['in', 'mid'], ['mid', 'out'])).order).toEqual(['in', 'mid', 'out']);
  });

  it('separates cycles from the nodes they block', () => {
    const result = sortTopologically(['in', 'x', 'y', 'z', 'after', 'self'], edges(['in', 'x'], ['x', 'y'], ['y', 'z'], ['z', 'x'], ['z', 'after'], ['self', 'self']));
    expect(result.order).toEqual(['in']);
    expect(result.blocked).toEqual(['x', 'y', 'z', 'after', 'self']);
    expect(result.cycles).toEqual([['x', 'y', 'z'], ['self']]);
  });

  it('handles a long chain', () => {
    const ids = Array.from({ length: 2000 }, (_, i) => `n${i}`);
    const chain = ids.slice(1).map((id, i) => ({ source: ids[i], target: id }));
    expect(sortTopologically([...ids].reverse(), chain).order).toEqual(ids);
  });
});
