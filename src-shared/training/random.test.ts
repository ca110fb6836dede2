import { describe, expect, it } from 'vitest';
import { createRandom, shuffleInPlace } from './random';

function draw(seed: number, n: number): number[] {
  const r = createRandom(seed);
  return Array.from({ length: n }, () => r.next());
}

describe('createRandom', () => {
  it('repeats the same sequence for the same seed', () => {
    expect(draw(42, 50)).toEqual(draw(42, 50));
  });

  it.each([
    [0, 1],
    [1, 2],
    [42, 43],
    [2 ** 31 - 1, 7],
  ])('gives different sequences for seeds %i and %i', (a, b) => {
    expect(draw(a, 20)).not.toEqual(draw(b, 20));
  });

  it('stays in [0, 1) and spreads over the interval', () => {
    const values = draw(7, 10_000);
    expect(values.every((v) => v >= 0 && v < 1)).toBe(true);
    const mean = values.reduce((s, v) => s + v, 0) / values.length;
    expect(mean).toBeGreaterThan(0.45);
    expect(mean).toBeLessThan(0.55);
    const buckets = new Array(10).fill(0);
    for (const v of values) buckets[Math.floor(v * 10)] += 1;
    for (const count of buckets) expect(count).toBeGreaterThan(800);
  });

  it('nextInt covers every value of its range and refuses a bad bound', () => {
    const r = createRandom(3);
    const seen = new Set<number>();
    for (let i = 0; i < 500; i += 1) seen.add(r.nextInt(5));
    expect([...seen].sort()).toEqual([0, 1, 2, 3, 4]);
    expect(() => r.nextInt(0)).toThrow(RangeError);
    expect(() => r.nextInt(2.5)).toThrow(RangeError);
  });
});

describe('shuffleInPlace', () => {
  const range = (n: number) => Array.from({ length: n }, (_, i) => i);

  it('is a permutation and the same for the same seed', () => {
    const a = shuffleInPlace(range(100), createRandom(11));
    const b = shuffleInPlace(range(100), createRandom(11));
    expect(a).toEqual(b);
    expect([...a].sort((x, y) => x - y)).toEqual(range(100));
    expect(a).not.toEqual(range(100));
  });

  it('differs between seeds and between successive epochs of one generator', () => {
    const r = createRandom(5);
    const epoch1 = shuffleInPlace(range(50), r);
    const epoch2 = shuffleInPlace(range(50), r);
    expect(epoch1).not.toEqual(epoch2);
    expect(shuffleInPlace(range(50), createRandom(6))).not.toEqual(shuffleInPlace(range(50), createRandom(5)));
  });

  it('returns the same array and handles empty and single-element arrays', () => {
    const arr = [1];
    expect(shuffleInPlace(arr, createRandom(1))).toBe(arr);
    expect(shuffleInPlace([], createRandom(1))).toEqual([]);
  });
});
