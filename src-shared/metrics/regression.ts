// Regression metrics in the target's own units. Empty input gives NaN.

function checkLengths(actual: ArrayLike<number>, predicted: ArrayLike<number>): void {
  if (actual.length !== predicted.length) throw new RangeError(`${actual.length} targets but ${predicted.length} predictions`);
}

export function meanAbsoluteError(actual: ArrayLike<number>, predicted: ArrayLike<number>): number {
  checkLengths(actual, predicted);
  if (actual.length === 0) return Number.NaN;
  let sum = 0;
  for (let i = 0; i < actual.length; i += 1) sum += Math.abs(actual[i]! - predicted[i]!);
  return sum / actual.length;
}

export function meanSquaredError(actual: ArrayLike<number>, predicted: ArrayLike<number>): number {
  checkLengths(actual, predicted);
  if (actual.length === 0) return Number.NaN;
  let sum = 0;
  for (let i = 0; i < actual.length; i += 1) sum += (actual[i]! - predicted[i]!) ** 2;
  return sum / actual.length;
}

/**
 * Coefficient of determination, 1 − SS_res / SS_tot: 1 is perfect, 0 is no better than predicting
 * the mean, below 0 is worse. NaN when the targets do not vary (SS_tot = 0) or there are none.
 */
export function rSquared(actual: ArrayLike<number>, predicted: ArrayLike<number>): number {
  checkLengths(actual, predicted);
  if (actual.length === 0) return Number.NaN;
  let mean = 0;
  for (let i = 0; i < actual.length; i += 1) mean += actual[i]!;
  mean /= actual.length;
  let residual = 0;
  let total = 0;
  for (let i = 0; i < actual.length; i += 1) {
    residual += (actual[i]! - predicted[i]!) ** 2;
    total += (actual[i]! - mean) ** 2;
  }
  return total === 0 ? Number.NaN : 1 - residual / total;
}

export interface RegressionMetrics {
  mae: number;
  mse: number;
  rmse: number;
  r2: number;
}

export function regressionMetrics(actual: ArrayLike<number>, predicted: ArrayLike<number>): RegressionMetrics {
  const mse = meanSquaredError(actual, predicted);
  return { mae: meanAbsoluteError(actual, predicted), mse, rmse: Math.sqrt(mse), r2: rSquared(actual, predicted) };
}
