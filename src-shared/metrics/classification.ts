// Classification metrics as pure functions over plain arrays, shared by the training worker (per
// epoch), the evaluation screens (recomputed live at a new threshold) and the CLI.
//
// Conventions: class ids are integers in [0, numClasses); scores are flat row-major n×C arrays.
// A ratio whose denominator is 0 (precision of a class never predicted) is NaN, never a throw;
// an empty input gives NaN.

/** `[i][j]` counts samples of true class i predicted as j. */
export function confusionMatrix(labels: ArrayLike<number>, predicted: ArrayLike<number>, numClasses: number): number[][] {
  if (labels.length !== predicted.length) throw new RangeError(`confusionMatrix: ${labels.length} labels but ${predicted.length} predictions`);
  const matrix = Array.from({ length: numClasses }, () => new Array<number>(numClasses).fill(0));
  for (let i = 0; i < labels.length; i += 1) {
    const truth = labels[i]!;
    const guess = predicted[i]!;
    if (!isClassId(truth, numClasses) || !isClassId(guess, numClasses)) {
      throw new RangeError(`confusionMatrix: sample ${i} has class ${truth} → ${guess}, outside 0…${numClasses - 1}`);
    }
    matrix[truth]![guess]! += 1;
  }
  return matrix;
}

function isClassId(value: number, numClasses: number): boolean {
  return Number.isInteger(value) && value >= 0 && value < numClasses;
}

/** The index of each row's largest score; the first one on ties. */
export function argmaxRows(scores: ArrayLike<number>, numClasses: number): Int32Array {
  const rows = Math.floor(scores.length / numClasses);
  const out = new Int32Array(rows);
  for (let r = 0; r < rows; r += 1) {
    let best = 0;
    let bestScore = scores[r * numClasses]!;
    for (let c = 1; c < numClasses; c += 1) {
      const s = scores[r * numClasses + c]!;
      if (s > bestScore) {
        best = c;
        bestScore = s;
      }
    }
    out[r] = best;
  }
  return out;
}

export function accuracy(labels: ArrayLike<number>, predicted: ArrayLike<number>): number {
  if (labels.length !== predicted.length) throw new RangeError(`accuracy: ${labels.length} labels but ${predicted.length} predictions`);
  if (labels.length === 0) return Number.NaN;
  let correct = 0;
  for (let i = 0; i < labels.length; i += 1) if (labels[i] === predicted[i]) correct += 1;
  return correct / labels.length;
}

export interface ClassMetrics {
  precision: number;
  recall: number;
  specificity: number;
  f1: number;
  /** Samples whose true class this is. */
  support: number;
}

function ratio(numerator: number, denominator: number): number {
  return denominator === 0 ? Number.NaN : numerator / denominator;
}

/** One-vs-rest precision, recall, specificity and F1 of every class, read from a confusion matrix. */
export function perClassMetrics(matrix: readonly (readonly number[])[]): ClassMetrics[] {
  const n = matrix.length;
  let total = 0;
  const rowSums = matrix.map((row) => row.reduce((a, b) => a + b, 0));
  const colSums = new Array<number>(n).fill(0);
  for (let i = 0; i < n; i += 1) {
    total += rowSums[i]!;
    for (let j = 0; j < n; j += 1) colSums[j]! += matrix[i]![j]!;
  }
  return matrix.map((row, k) => {
    const tp = row[k]!;
    const fp = colSums[k]! - tp;
    const fn = rowSums[k]! - tp;
    const tn = total - tp - fp - fn;
    const precision = ratio(tp, tp + fp);
    const recall = ratio(tp, tp + fn);
    // F1 is 0 when the class is predicted or present but never right, NaN when it is neither.
    const f1 = tp + fp + fn === 0 ? Number.NaN : (2 * tp) / (2 * tp + fp + fn);
    return { precision, recall, specificity: ratio(tn, tn + fp), f1, support: rowSums[k]! };
  });
}

export interface AveragedMetrics {
  precision: number;
  recall: number;
  specificity: number;
  f1: number;
}

/**
 * Macro (plain mean) and weighted (by support) averages over the classes that occur among the
 * labels or the predictions. A value that is undefined for such a class (precision of a class
 * never predicted) counts as 0, as scikit-learn does, so a model is not flattered by the classes
 * it ignores. NaN when no class occurs.
 */
export function averageMetrics(perClass: readonly ClassMetrics[]): { macro: AveragedMetrics; weighted: AveragedMetrics } {
  // Precision is defined exactly when the class was predicted at least once.
  const present = perClass.map((m) => m.support > 0 || !Number.isNaN(m.precision));
  const keys = ['precision', 'recall', 'specificity', 'f1'] as const;
  const totalSupport = perClass.reduce((sum, m) => sum + m.support, 0);
  const classes = present.filter(Boolean).length;
  const macro = {} as AveragedMetrics;
  const weighted = {} as AveragedMetrics;
  for (const key of keys) {
    let sum = 0;
    let weightedSum = 0;
    perClass.forEach((m, k) => {
      if (!present[k]) return;
      const value = Number.isNaN(m[key]) ? 0 : m[key];
      sum += value;
      weightedSum += value * m.support;
    });
    macro[key] = classes === 0 ? Number.NaN : sum / classes;
    weighted[key] = totalSupport === 0 ? Number.NaN : weightedSum / totalSupport;
  }
  return { macro, weighted };
}

/**
 * Share of samples whose true class is among the k highest scores. Ties count in the model's
 * favour: the true class is in the top k when fewer than k classes score strictly higher.
 */
export function topKAccuracy(labels: ArrayLike<number>, scores: ArrayLike<number>, numClasses: number, k: number): number {
  if (labels.length === 0) return Number.NaN;
  if (scores.length !== labels.length * numClasses) throw new RangeError(`topKAccuracy: ${scores.length} scores for ${labels.length} samples × ${numClasses} classes`);
  let hits = 0;
  for (let i = 0; i < labels.length; i += 1) {
    const truth = scores[i * numClasses + labels[i]!]!;
    let higher = 0;
    for (let c = 0; c < numClasses; c += 1) if (scores[i * numClasses + c]! > truth) higher += 1;
    if (higher < k) hits += 1;
  }
  return hits / labels.length;
}
