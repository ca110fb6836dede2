import type { Tf } from '../backends';
import { KernelScope } from './kernel-scope';
import { padInput, paddedExtent, tapInput } from './conv-taps';

type KernelConfig = import('@tensorflow/tfjs').KernelConfig;
type KernelFunc = import('@tensorflow/tfjs').KernelFunc;
type TensorInfo = import('@tensorflow/tfjs').TensorInfo;
type KernelBackend = import('@tensorflow/tfjs').KernelBackend;
type Conv2DBackpropFilterAttrs = import('@tensorflow/tfjs').Conv2DBackpropFilterAttrs;

/**
 * dFilter[kh, kw, :, :] = Σ over batch and output positions of input(tap kh,kw)ᵀ · dy,
 * i.e. one [inChannels × N] · [N × outChannels] matmul per tap, N = batch·outHeight·outWidth.
 */
export function conv2dBackpropFilterConfig(tf: Tf, backendName: string): KernelConfig {
  const kernelFunc = ({ inputs, backend, attrs }: { inputs: Record<string, TensorInfo>; backend: unknown; attrs?: unknown }): TensorInfo => {
    const { x, dy } = inputs;
    const { strides, pad, dataFormat, dimRoundingMode, filterShape } = attrs as unknown as Conv2DBackpropFilterAttrs;
    if (dataFormat !== undefined && dataFormat !== 'NHWC') {
      throw new Error(`Conv2DBackpropFilter on ${backendName} supports NHWC only, got ${dataFormat}`);
    }
    const info = tf.backend_util.computeConv2DInfo(
      x.shape as [number, number, number, number],
      filterShape,
      strides,
      1,
      pad,
      dimRoundingMode,
      false,
      'channelsLast',
    );
    const scope = new KernelScope(tf, backend as KernelBackend, backendName);
    try {
      const extent = paddedExtent(info);
      const xPadded = padInput(scope, x, info, extent);
      const rows = info.batchSize * info.outHeight * info.outWidth;
      const dyRows = scope.reshape(dy, [1, rows, info.outChannels]);
      const taps: TensorInfo[] = [];
      for (let kh = 0; kh < info.filterHeight; kh += 1) {
        for (let kw = 0; kw < info.filterWidth; kw += 1) {
          const xTap = tapInput(scope, xPadded, info, kh, kw);
          const xRows = scope.reshape(xTap, [1, rows, info.inChannels]);
          taps.push(scope.run('BatchMatMul', { a: xRows, b: dyRows }, { transposeA: true, transposeB: false }));
          scope.dispose(xRows);
          scope.dispose(xTap);
        }
      }
      const stacked = taps.length === 1 ? taps[0] : scope.run('Concat', taps, { axis: 0 });
      return scope.finish(scope.reshape(stacked, [...info.filterShape]));
    } catch (err) {
      scope.abandon();
      throw err;
    }
  };
  return { kernelName: 'Conv2DBackpropFilter', backendName, kernelFunc: kernelFunc as unknown as KernelFunc };
}
