import { describe, expect, it } from 'vitest';
import { throttleProgress } from './import-progress';

describe('throttleProgress', () => {
  it('passes the start and the end, and intermediate counts only after the interval', () => {
    let clock = 0;
    const seen: [number, number][] = [];
    const report = throttleProgress((d, t) => seen.push([d, t]), 100, () => clock);
    report(0, 10);
    for (let i = 1; i <= 10; i += 1) {
      clock += 30;
      report(i, 10);
    }
    // t=0 start; t=120 (i=4) and t=240 (i=8) are >= 100 ms after the last report; the end always.
    expect(seen).toEqual([
      [0, 10],
      [4, 10],
      [8, 10],
      [10, 10],
    ]);
  });

  it('drops everything in between when the clock does not move', () => {
    const seen: number[] = [];
    const report = throttleProgress((d) => seen.push(d), 100, () => 5);
    for (let i = 0; i <= 1000; i += 1) report(i, 1000);
    expect(seen).toEqual([0, 1000]);
  });
});
