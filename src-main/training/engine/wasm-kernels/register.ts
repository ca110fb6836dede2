import type { Tf } from '../backends';
import { conv2dBackpropFilterConfig } from './conv2d-backprop-filter';
import { depthwiseBackpropFilterConfig, depthwiseBackpropInputConfig } from './depthwise-backprop';
import { unsortedSegmentSumConfig } from './unsorted-segment-sum';

// Training kernels the wasm backend lacks, composed from kernels it has (see conv-taps.ts).
// The wasm backend's kernels are registered when its package is imported; these only fill gaps.

const BACKEND = 'wasm';

/** Registers the missing kernels once; later calls, or a tfjs that gained them, change nothing. */
export function registerWasmTrainingKernels(tf: Tf): string[] {
  const added: string[] = [];
  for (const config of [
    conv2dBackpropFilterConfig(tf, BACKEND),
    depthwiseBackpropFilterConfig(tf, BACKEND),
    depthwiseBackpropInputConfig(tf, BACKEND),
    unsortedSegmentSumConfig(tf, BACKEND),
  ]) {
    if (tf.getKernel(config.kernelName, BACKEND)) continue;
    tf.registerKernel(config);
    added.push(config.kernelName);
  }
  return added;
}
