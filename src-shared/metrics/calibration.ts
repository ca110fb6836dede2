// Reliability (calibration) of a binary model: within each score bin, how often the positive
// class really occurs. A calibrated model's points lie on the diagonal.

export interface CalibrationBin {
  lower: number;
  upper: number;
  count: number;
  /** Mean predicted score in the bin; NaN when empty. */
  meanScore: number;
  /** Share of positives in the bin; NaN when empty. */
  positiveRate: number;
}

/** Equal-width bins over [0, 1]; a score of exactly 1 falls in the last bin, scores outside [0, 1] are clamped. */
export function calibrationBins(labels01: ArrayLike<number>, scores: ArrayLike<number>, bins = 10): CalibrationBin[] {
  if (labels01.length !== scores.length) throw new RangeError(`${labels01.length} labels but ${scores.length} scores`);
  if (!Number.isInteger(bins) || bins < 1) throw new RangeError(`bins must be a positive integer, got ${bins}`);
  const count = new Array<number>(bins).fill(0);
  const scoreSum = new Array<number>(bins).fill(0);
  const positives = new Array<number>(bins).fill(0);
  for (let i = 0; i < scores.length; i += 1) {
    const s = Math.min(1, Math.max(0, scores[i]!));
    const b = Math.min(bins - 1, Math.floor(s * bins));
    count[b]! += 1;
    scoreSum[b]! += s;
    if (labels01[i] === 1) positives[b]! += 1;
  }
  return count.map((n, b) => ({
    lower: b / bins,
    upper: (b + 1) / bins,
    count: n,
    meanScore: n === 0 ? Number.NaN : scoreSum[b]! / n,
    positiveRate: n === 0 ? Number.NaN : positives[b]! / n,
  }));
}

/** Expected calibration error: the count-weighted mean gap between score and positive rate. NaN when empty. */
export function expectedCalibrationError(bins: readonly CalibrationBin[]): number {
  const total = bins.reduce((sum, bin) => sum + bin.count, 0);
  if (total === 0) return Number.NaN;
  return bins.reduce((sum, bin) => (bin.count === 0 ? sum : sum + (bin.count / total) * Math.abs(bin.meanScore - bin.positiveRate)), 0);
}
