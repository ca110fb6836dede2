import { describe, expect, it } from 'vitest';
import { MAX_INPUT_DEPTH, nestsDeeperThan } from './input-depth';

function nested(depth: number): unknown {
  let value: unknown = 1;
  for (let i = 0; i < depth; i++) value = i % 2 ? { a: value } : [value];
  return value;
}

describe('nestsDeeperThan', () => {
  it.each([
    [1, 0, false],
    [{}, 0, true],
    [{ a: 1 }, 1, false],
    [{ a: { b: [] } }, 2, true],
    [{ a: { b: [] } }, 3, false],
  ])('%j deeper than %i: %s', (value, max, deeper) => expect(nestsDeeperThan(value, max)).toBe(deeper));

  it('handles 100,000 levels without running out of stack', () => {
    const deep = JSON.parse(`${'['.repeat(100_000)}${']'.repeat(100_000)}`) as unknown;
    expect(nestsDeeperThan(deep, MAX_INPUT_DEPTH)).toBe(true);
    expect(nestsDeeperThan(nested(MAX_INPUT_DEPTH - 1), MAX_INPUT_DEPTH)).toBe(false);
  });
});
