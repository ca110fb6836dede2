/** A binary model's predicted class at `threshold`: 1 when the positive score is ≥ threshold. */
export function binaryPredictionsAt(scores: ArrayLike<number>, threshold: number): Int32Array {
  const out = new Int32Array(scores.length);
  for (let i = 0; i < scores.length; i += 1) out[i] = scores[i]! >= threshold ? 1 : 0;
  return out;
}
