import { describe, expect, it } from 'vitest';
import { regressionMetrics, rSquared } from './regression';

describe('regressionMetrics', () => {
  it('computes MAE, MSE, RMSE and R² (hand-computed)', () => {
    // errors: 0.5, -0.5, 0, -1 → |e| mean 0.5, e² mean 0.375; mean of actual 4.5, SS_tot 29
    const m = regressionMetrics([3, -0.5, 2, 7], [2.5, 0, 2, 8]);
    expect(m.mae).toBeCloseTo(0.5);
    expect(m.mse).toBeCloseTo(0.375);
    expect(m.rmse).toBeCloseTo(Math.sqrt(0.375));
    expect(m.r2).toBeCloseTo(1 - 1.5 / 29.1875);
  });

  it('is NaN when empty and R² is NaN for constant targets, negative when worse than the mean', () => {
    const empty = regressionMetrics([], []);
    expect(Object.values(empty).every(Number.isNaN)).toBe(true);
    expect(rSquared([2, 2, 2], [1, 2, 3])).toBeNaN();
    expect(rSquared([1, 2, 3], [3, 2, 1])).toBeCloseTo(-3);
    expect(() => regressionMetrics([1], [1, 2])).toThrow(RangeError);
  });
});
