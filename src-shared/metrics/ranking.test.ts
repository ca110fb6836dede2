import { describe, expect, it } from 'vitest';
import { averagePrecision, oneVsRestAuc, precisionRecallCurve, rocAuc, rocCurve } from './ranking';

/** AUC by brute force over every positive/negative pair, ties counting one half. */
function pairwiseAuc(labels: number[], scores: number[]): number {
  let sum = 0;
  let pairs = 0;
  labels.forEach((li, i) =>
    labels.forEach((lj, j) => {
      if (li === 1 && lj === 0) {
        pairs += 1;
        sum += scores[i]! > scores[j]! ? 1 : scores[i] === scores[j] ? 0.5 : 0;
      }
    }),
  );
  return sum / pairs;
}

describe('rocAuc', () => {
  it.each([
    [[1, 1, 0, 0], [0.9, 0.8, 0.3, 0.1], 1],
    [[1, 1, 0, 0], [0.1, 0.2, 0.8, 0.9], 0],
    [[1, 0, 1, 0], [0.8, 0.6, 0.4, 0.2], 0.75],
    [[1, 0], [0.5, 0.5], 0.5],
  ])('%j / %j → %d', (labels, scores, expected) => {
    expect(rocAuc(labels, scores)).toBeCloseTo(expected);
  });

  it('agrees with the pairwise definition on tied scores', () => {
    const labels = [1, 0, 1, 1, 0, 0, 1, 0, 0, 1];
    const scores = [0.9, 0.9, 0.5, 0.5, 0.5, 0.2, 0.2, 0.1, 0.7, 0.7];
    expect(rocAuc(labels, scores)).toBeCloseTo(pairwiseAuc(labels, scores), 12);
  });

  it('is NaN when a class is absent or the split is empty', () => {
    expect(rocAuc([1, 1], [0.2, 0.4])).toBeNaN();
    expect(rocAuc([], [])).toBeNaN();
  });

  it('equals the trapezoid area under its ROC curve', () => {
    const labels = [1, 0, 1, 1, 0, 0, 1, 0, 0, 1];
    const scores = [0.9, 0.9, 0.5, 0.5, 0.5, 0.2, 0.2, 0.1, 0.7, 0.7];
    const { fpr, tpr } = rocCurve(labels, scores);
    let area = 0;
    for (let i = 1; i < fpr.length; i += 1) area += ((fpr[i]! - fpr[i - 1]!) * (tpr[i]! + tpr[i - 1]!)) / 2;
    expect(area).toBeCloseTo(rocAuc(labels, scores), 12);
  });
});

describe('rocCurve', () => {
  it('has one point per distinct threshold, from (0,0) to (1,1)', () => {
    const curve = rocCurve([1, 0, 1, 0], [0.8, 0.6, 0.6, 0.2]);
    expect(curve.thresholds).toEqual([Number.POSITIVE_INFINITY, 0.8, 0.6, 0.2]);
    expect(curve.tpr).toEqual([0, 0.5, 1, 1]);
    expect(curve.fpr).toEqual([0, 0, 0.5, 1]);
  });
});

describe('oneVsRestAuc', () => {
  it('scores each class against the rest and averages the defined ones', () => {
    const labels = [0, 1, 2, 2];
    const scores = [0.8, 0.1, 0.1, 0.2, 0.7, 0.1, 0.1, 0.2, 0.7, 0.3, 0.3, 0.4];
    const { perClass, macro } = oneVsRestAuc(labels, scores, 3);
    expect(perClass).toEqual([1, 1, 1]);
    expect(macro).toBe(1);
    const missing = oneVsRestAuc([0, 0], [0.6, 0.4, 0.7, 0.3], 2);
    expect(missing.perClass.every(Number.isNaN)).toBe(true);
    expect(missing.macro).toBeNaN();
  });
});

describe('precisionRecallCurve and averagePrecision', () => {
  it('walks thresholds from high to low', () => {
    const curve = precisionRecallCurve([1, 0, 1, 0], [0.9, 0.8, 0.7, 0.1]);
    expect(curve.thresholds).toEqual([Number.POSITIVE_INFINITY, 0.9, 0.8, 0.7, 0.1]);
    expect(curve.recall).toEqual([0, 0.5, 0.5, 1, 1]);
    expect(curve.precision.map((p) => Number(p.toFixed(4)))).toEqual([1, 1, 0.5, 0.6667, 0.5]);
  });

  it('sums precision over recall steps (hand-computed) and is NaN without positives', () => {
    // steps: recall 0→0.5 at precision 1, 0.5→1 at precision 2/3
    expect(averagePrecision([1, 0, 1, 0], [0.9, 0.8, 0.7, 0.1])).toBeCloseTo(0.5 + 0.5 * (2 / 3));
    expect(averagePrecision([0, 0], [0.3, 0.2])).toBeNaN();
    expect(averagePrecision([], [])).toBeNaN();
  });
});
