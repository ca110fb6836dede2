import { describe, expect, it } from 'vitest';
import { accuracy, argmaxRows, averageMetrics, confusionMatrix, perClassMetrics, topKAccuracy } from './classification';

describe('confusionMatrix', () => {
  it('counts true class i predicted as j', () => {
    expect(confusionMatrix([0, 0, 1, 2, 2, 2], [0, 1, 1, 2, 0, 2], 3)).toEqual([
      [1, 1, 0],
      [0, 1, 0],
      [1, 0, 2],
    ]);
  });

  it('is all zeros for an empty split and refuses classes out of range or mismatched lengths', () => {
    expect(confusionMatrix([], [], 2)).toEqual([
      [0, 0],
      [0, 0],
    ]);
    expect(() => confusionMatrix([0, 3], [0, 1], 3)).toThrow(/sample 1 has class 3/);
    expect(() => confusionMatrix([0, 1.5], [0, 1], 3)).toThrow(RangeError);
    expect(() => confusionMatrix([0], [0, 1], 3)).toThrow(/1 labels but 2 predictions/);
  });
});

describe('argmaxRows and accuracy', () => {
  it('picks the largest score per row, the first on ties', () => {
    expect([...argmaxRows([0.1, 0.7, 0.2, 0.5, 0.5, 0, 0, 0, 1], 3)]).toEqual([1, 0, 2]);
    expect([...argmaxRows([], 3)]).toEqual([]);
  });

  it('is the share of right answers, NaN when empty', () => {
    expect(accuracy([0, 1, 2, 1], [0, 1, 1, 1])).toBe(0.75);
    expect(accuracy([], [])).toBeNaN();
  });
});

describe('perClassMetrics', () => {
  // Hand-computed from the matrix: rows are true classes, columns predictions (total 10).
  const matrix = [
    [3, 1, 0],
    [1, 2, 1],
    [0, 0, 2],
  ];

  it('computes one-vs-rest precision, recall, specificity and F1', () => {
    const [a, b, c] = perClassMetrics(matrix);
    // class 0: tp 3, fp 1, fn 1, tn 5
    expect(a!.precision).toBeCloseTo(3 / 4);
    expect(a!.recall).toBeCloseTo(3 / 4);
    expect(a!.specificity).toBeCloseTo(5 / 6);
    expect(a!.f1).toBeCloseTo(3 / 4);
    expect(a!.support).toBe(4);
    // class 1: tp 2, fp 1, fn 2, tn 5
    expect(b!.precision).toBeCloseTo(2 / 3);
    expect(b!.recall).toBeCloseTo(1 / 2);
    expect(b!.specificity).toBeCloseTo(5 / 6);
    expect(b!.f1).toBeCloseTo((2 * (2 / 3) * 0.5) / (2 / 3 + 0.5));
    // class 2: tp 2, fp 1, fn 0, tn 7
    expect(c!.precision).toBeCloseTo(2 / 3);
    expect(c!.recall).toBe(1);
    expect(c!.specificity).toBeCloseTo(7 / 8);
    expect(c!.f1).toBeCloseTo(0.8);
  });

  it('gives NaN precision for a class never predicted and NaN recall for a class absent from the labels', () => {
    const [, never] = perClassMetrics([
      [2, 0],
      [3, 0],
    ]);
    expect(never!.precision).toBeNaN();
    expect(never!.recall).toBe(0);
    expect(never!.f1).toBe(0);
    const [, absent] = perClassMetrics([
      [2, 1],
      [0, 0],
    ]);
    expect(absent!.recall).toBeNaN();
    expect(absent!.precision).toBe(0);
    expect(absent!.support).toBe(0);
  });

  it('handles a single class in the labels', () => {
    const [only] = perClassMetrics([[5]]);
    expect(only).toEqual({ precision: 1, recall: 1, specificity: Number.NaN, f1: 1, support: 5 });
  });
});

describe('averageMetrics', () => {
  it('averages over present classes, macro plainly and weighted by support', () => {
    const perClass = perClassMetrics([
      [3, 1, 0],
      [1, 2, 1],
      [0, 0, 2],
    ]);
    const { macro, weighted } = averageMetrics(perClass);
    expect(macro.precision).toBeCloseTo((3 / 4 + 2 / 3 + 2 / 3) / 3);
    expect(macro.recall).toBeCloseTo((3 / 4 + 1 / 2 + 1) / 3);
    expect(weighted.recall).toBeCloseTo((4 * (3 / 4) + 4 * (1 / 2) + 2 * 1) / 10);
  });

  it('counts an undefined value of a present class as 0 and ignores classes that never occur', () => {
    const perClass = perClassMetrics([
      [2, 0, 0],
      [3, 0, 0],
      [0, 0, 0],
    ]);
    const { macro } = averageMetrics(perClass);
    // class 0: precision 2/5; class 1 never predicted: 0; class 2 absent everywhere: ignored.
    expect(macro.precision).toBeCloseTo(0.2);
    expect(averageMetrics(perClassMetrics([[0]])).macro.f1).toBeNaN();
  });
});

describe('topKAccuracy', () => {
  const scores = [0.5, 0.3, 0.2, 0.1, 0.2, 0.7, 0.4, 0.4, 0.2];
  it.each([
    // rows: true class ranks 1st; 3rd; tied 1st
    [1, 2 / 3],
    [2, 2 / 3],
    [3, 1],
  ])('top-%i', (k, expected) => {
    expect(topKAccuracy([0, 0, 1], scores, 3, k)).toBeCloseTo(expected);
  });

  it('counts ties in the model favour and is NaN when empty', () => {
    expect(topKAccuracy([1], [0.4, 0.4, 0.2], 3, 1)).toBe(1);
    expect(topKAccuracy([], [], 3, 1)).toBeNaN();
    expect(() => topKAccuracy([0], [0.1], 3, 1)).toThrow(RangeError);
  });
});
