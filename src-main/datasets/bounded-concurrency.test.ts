import { describe, expect, it } from 'vitest';
import { mapWithConcurrency } from './bounded-concurrency';

const tick = () => new Promise<void>((r) => setImmediate(r));

describe('mapWithConcurrency', () => {
  it('keeps item order and never exceeds the limit', async () => {
    let inFlight = 0;
    let peak = 0;
    const done: number[] = [];
    const out = await mapWithConcurrency(
      [5, 1, 4, 2, 3, 0],
      2,
      async (n) => {
        inFlight += 1;
        peak = Math.max(peak, inFlight);
        for (let k = 0; k < n; k += 1) await tick();
        inFlight -= 1;
        return n * 10;
      },
      (d) => done.push(d),
    );
    expect(out).toEqual([50, 10, 40, 20, 30, 0]);
    expect(peak).toBe(2);
    expect(done).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('stops taking items after a failure and rejects with it', async () => {
    const started: number[] = [];
    const run = mapWithConcurrency([0, 1, 2, 3, 4, 5, 6, 7], 2, async (n) => {
      started.push(n);
      await tick();
      if (n === 1) throw new Error('bad item 1');
      return n;
    });
    await expect(run).rejects.toThrow('bad item 1');
    await tick();
    expect(started.length).toBeLessThan(8);
  });

  it('handles an empty list', async () => {
    expect(await mapWithConcurrency([], 4, async () => 1)).toEqual([]);
  });
});
