import type { GraphInference } from './infer';

/** Bytes per weight: tfjs trains and stores float32. */
export const BYTES_PER_WEIGHT = 4;

export interface ModelTotals {
  totalParams: number;
  trainableParams: number;
  nonTrainableParams: number;
  /** Weights only (no activations, no optimizer state), as float32. */
  weightBytes: number;
  /** Approximate floating-point operations of one forward pass for one sample. */
  flops: number;
}

/** The model's totals over every layer whose shape is known. Pure, so the canvas shows them live. */
export function modelTotals(inference: Pick<GraphInference, 'nodes'>): ModelTotals {
  let trainableParams = 0;
  let nonTrainableParams = 0;
  let flops = 0;
  for (const node of inference.nodes) {
    trainableParams += node.trainableParams;
    nonTrainableParams += node.nonTrainableParams;
    flops += node.flops;
  }
  const totalParams = trainableParams + nonTrainableParams;
  return { totalParams, trainableParams, nonTrainableParams, weightBytes: totalParams * BYTES_PER_WEIGHT, flops };
}
