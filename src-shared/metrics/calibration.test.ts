import { describe, expect, it } from 'vitest';
import { calibrationBins, expectedCalibrationError } from './calibration';
import { binaryPredictionsAt } from './threshold';

describe('calibrationBins', () => {
  it('bins scores by width and reports the positive rate per bin', () => {
    const bins = calibrationBins([0, 1, 1, 1, 0], [0.05, 0.15, 0.95, 1, 0.9], 2);
    expect(bins).toEqual([
      { lower: 0, upper: 0.5, count: 2, meanScore: 0.1, positiveRate: 0.5 },
      { lower: 0.5, upper: 1, count: 3, meanScore: (0.95 + 1 + 0.9) / 3, positiveRate: 2 / 3 },
    ]);
    expect(expectedCalibrationError(bins)).toBeCloseTo((2 / 5) * 0.4 + (3 / 5) * Math.abs(0.95 - 2 / 3));
  });

  it('leaves empty bins NaN and refuses a bad bin count', () => {
    const bins = calibrationBins([], [], 3);
    expect(bins.every((b) => b.count === 0 && Number.isNaN(b.meanScore))).toBe(true);
    expect(expectedCalibrationError(bins)).toBeNaN();
    expect(() => calibrationBins([1], [0.5], 0)).toThrow(RangeError);
  });
});

describe('binaryPredictionsAt', () => {
  it('predicts the positive class at or above the threshold', () => {
    expect([...binaryPredictionsAt([0.2, 0.5, 0.7], 0.5)]).toEqual([0, 1, 1]);
    expect([...binaryPredictionsAt([0.2, 0.5, 0.7], 0.75)]).toEqual([0, 0, 0]);
  });
});
