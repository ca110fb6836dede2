import type { Tf } from '../backends';
import { KernelScope } from './kernel-scope';

type KernelConfig = import('@tensorflow/tfjs').KernelConfig;
type KernelFunc = import('@tensorflow/tfjs').KernelFunc;
type TensorInfo = import('@tensorflow/tfjs').TensorInfo;
type KernelBackend = import('@tensorflow/tfjs').KernelBackend;
type UnsortedSegmentSumAttrs = import('@tensorflow/tfjs').UnsortedSegmentSumAttrs;

/**
 * out[s, …] = Σ over i with segmentIds[i] = s of x[i, …] — the gradient of Gather, which is what
 * Embedding needs to train. wasm has ScatterNd, which sums updates that land on the same index, so
 * the sum is one scatter of x's rows to their segment ids. Ids outside [0, numSegments) contribute
 * nothing, as on the cpu backend: their rows are zeroed and sent to segment 0.
 */
export function unsortedSegmentSumConfig(tf: Tf, backendName: string): KernelConfig {
  const kernelFunc = ({ inputs, backend, attrs }: { inputs: Record<string, TensorInfo>; backend: unknown; attrs?: unknown }): TensorInfo => {
    const { x, segmentIds } = inputs;
    const { numSegments } = attrs as unknown as UnsortedSegmentSumAttrs;
    const idCount = segmentIds.shape.reduce((a, b) => a * b, 1);
    const rowShape = x.shape.slice(segmentIds.shape.length);
    const rowSize = rowShape.reduce((a, b) => a * b, 1);
    const scope = new KernelScope(tf, backend as KernelBackend, backendName);
    try {
      const ids = scope.run('Cast', { x: scope.reshape(segmentIds, [idCount]) }, { dtype: 'int32' });
      const zero = scope.run('Fill', {}, { shape: [], value: 0, dtype: 'int32' });
      const limit = scope.run('Fill', {}, { shape: [], value: numSegments, dtype: 'int32' });
      const valid = scope.run('LogicalAnd', { a: scope.run('GreaterEqual', { a: ids, b: zero }), b: scope.run('Less', { a: ids, b: limit }) });
      const safeIds = scope.run('Select', { condition: valid, t: ids, e: scope.run('ZerosLike', { x: ids }) });
      const rows = scope.reshape(x, [idCount, rowSize]);
      const validRows = scope.reshape(scope.run('Cast', { x: valid }, { dtype: x.dtype }), [idCount, 1]);
      const updates = scope.run('Multiply', { a: rows, b: validRows });
      const summed = scope.run('ScatterNd', { indices: scope.reshape(safeIds, [idCount, 1]), updates }, { shape: [numSegments, rowSize] });
      return scope.finish(scope.reshape(summed, [numSegments, ...rowShape]));
    } catch (err) {
      scope.abandon();
      throw err;
    }
  };
  return { kernelName: 'UnsortedSegmentSum', backendName, kernelFunc: kernelFunc as unknown as KernelFunc };
}
