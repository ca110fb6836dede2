// Threshold-free binary metrics: ROC and precision-recall curves and their areas. `labels01` holds
// 1 for the positive class and 0 for the rest; `scores` the model's score for the positive class.

export interface RocCurve {
  fpr: number[];
  tpr: number[];
  /** Points are predicted positive when score ≥ threshold; the first point's threshold is +∞. */
  thresholds: number[];
}

interface Counts {
  positives: number;
  negatives: number;
  /** Indices sorted by descending score. */
  order: number[];
}

function rank(labels01: ArrayLike<number>, scores: ArrayLike<number>): Counts {
  if (labels01.length !== scores.length) throw new RangeError(`${labels01.length} labels but ${scores.length} scores`);
  const order = Array.from({ length: scores.length }, (_, i) => i).sort((a, b) => scores[b]! - scores[a]!);
  let positives = 0;
  for (let i = 0; i < labels01.length; i += 1) if (labels01[i] === 1) positives += 1;
  return { positives, negatives: labels01.length - positives, order };
}

/** Walks the distinct thresholds from the highest score down, calling `visit` with the counts so far. */
function sweep(labels01: ArrayLike<number>, scores: ArrayLike<number>, order: number[], visit: (threshold: number, tp: number, fp: number) => void): void {
  let tp = 0;
  let fp = 0;
  for (let i = 0; i < order.length; i += 1) {
    const index = order[i]!;
    if (labels01[index] === 1) tp += 1;
    else fp += 1;
    const next = order[i + 1];
    if (next === undefined || scores[next]! !== scores[index]!) visit(scores[index]!, tp, fp);
  }
}

export function rocCurve(labels01: ArrayLike<number>, scores: ArrayLike<number>): RocCurve {
  const { positives, negatives, order } = rank(labels01, scores);
  const curve: RocCurve = { fpr: [0], tpr: [0], thresholds: [Number.POSITIVE_INFINITY] };
  sweep(labels01, scores, order, (threshold, tp, fp) => {
    curve.fpr.push(negatives === 0 ? Number.NaN : fp / negatives);
    curve.tpr.push(positives === 0 ? Number.NaN : tp / positives);
    curve.thresholds.push(threshold);
  });
  return curve;
}

/**
 * Area under the ROC curve: the chance that a random positive scores above a random negative,
 * ties counting one half (Mann–Whitney U). NaN when either class is absent.
 */
export function rocAuc(labels01: ArrayLike<number>, scores: ArrayLike<number>): number {
  const { positives, negatives, order } = rank(labels01, scores);
  if (positives === 0 || negatives === 0) return Number.NaN;
  // Ascending average ranks, ties sharing the mean of the ranks they span.
  const ascending = [...order].reverse();
  let rankSumPositives = 0;
  for (let start = 0; start < ascending.length; ) {
    let end = start;
    while (end + 1 < ascending.length && scores[ascending[end + 1]!] === scores[ascending[start]!]) end += 1;
    const averageRank = (start + end) / 2 + 1;
    for (let i = start; i <= end; i += 1) if (labels01[ascending[i]!] === 1) rankSumPositives += averageRank;
    start = end + 1;
  }
  return (rankSumPositives - (positives * (positives + 1)) / 2) / (positives * negatives);
}

/** One-vs-rest ROC AUC of every class (NaN for a class absent or alone) and their mean over the defined ones. */
export function oneVsRestAuc(labels: ArrayLike<number>, scores: ArrayLike<number>, numClasses: number): { perClass: number[]; macro: number } {
  const perClass: number[] = [];
  for (let c = 0; c < numClasses; c += 1) {
    const labels01 = Array.from(labels, (label) => (label === c ? 1 : 0));
    const classScores = Array.from({ length: labels.length }, (_, i) => scores[i * numClasses + c]!);
    perClass.push(rocAuc(labels01, classScores));
  }
  const defined = perClass.filter((v) => !Number.isNaN(v));
  return { perClass, macro: defined.length === 0 ? Number.NaN : defined.reduce((a, b) => a + b, 0) / defined.length };
}

export interface PrecisionRecallCurve {
  precision: number[];
  recall: number[];
  /** Descending; the first point (recall 0, precision 1) has threshold +∞. */
  thresholds: number[];
}

export function precisionRecallCurve(labels01: ArrayLike<number>, scores: ArrayLike<number>): PrecisionRecallCurve {
  const { positives, order } = rank(labels01, scores);
  const curve: PrecisionRecallCurve = { precision: [1], recall: [0], thresholds: [Number.POSITIVE_INFINITY] };
  sweep(labels01, scores, order, (threshold, tp, fp) => {
    curve.precision.push(tp / (tp + fp));
    curve.recall.push(positives === 0 ? Number.NaN : tp / positives);
    curve.thresholds.push(threshold);
  });
  return curve;
}

/** Area under the precision-recall curve as a step sum: Σ (Rₙ − Rₙ₋₁) · Pₙ. NaN without positives. */
export function averagePrecision(labels01: ArrayLike<number>, scores: ArrayLike<number>): number {
  const curve = precisionRecallCurve(labels01, scores);
  if (curve.recall.length < 2 || Number.isNaN(curve.recall[1]!)) return Number.NaN;
  let area = 0;
  for (let i = 1; i < curve.recall.length; i += 1) area += (curve.recall[i]! - curve.recall[i - 1]!) * curve.precision[i]!;
  return area;
}
