import type { Tf } from '../backends';
import { KernelScope } from './kernel-scope';
import { padInput, paddedExtent, scatterTap, tapInput } from './conv-taps';

type KernelConfig = import('@tensorflow/tfjs').KernelConfig;
type KernelFunc = import('@tensorflow/tfjs').KernelFunc;
type TensorInfo = import('@tensorflow/tfjs').TensorInfo;
type KernelBackend = import('@tensorflow/tfjs').KernelBackend;
type Conv2DInfo = import('@tensorflow/tfjs').backend_util.Conv2DInfo;
type FilterAttrs = import('@tensorflow/tfjs').DepthwiseConv2dNativeBackpropFilterAttrs;
type InputAttrs = import('@tensorflow/tfjs').DepthwiseConv2dNativeBackpropInputAttrs;

type Shape4 = [number, number, number, number];
type RawKernel = (args: { inputs: Record<string, TensorInfo>; backend: unknown; attrs?: unknown }) => TensorInfo;

// Depthwise convolution with channel multiplier M: output channel c·M + m is input channel c
// convolved with filter[:, :, c, m]. Both gradients are sums over taps of elementwise products.

function depthwiseInfo(tf: Tf, inShape: Shape4, filterShape: Shape4, attrs: FilterAttrs | InputAttrs): Conv2DInfo {
  return tf.backend_util.computeConv2DInfo(inShape, filterShape, attrs.strides, attrs.dilations, attrs.pad, attrs.dimRoundingMode, true, 'channelsLast');
}

function withScope(tf: Tf, backend: unknown, backendName: string, body: (scope: KernelScope) => TensorInfo): TensorInfo {
  const scope = new KernelScope(tf, backend as KernelBackend, backendName);
  try {
    return scope.finish(body(scope));
  } catch (err) {
    scope.abandon();
    throw err;
  }
}

/** dFilter[kh, kw, c, m] = Σ over batch and positions of input(tap)[…, c] · dy[…, c·M + m]. */
export function depthwiseBackpropFilterConfig(tf: Tf, backendName: string): KernelConfig {
  const kernelFunc: RawKernel = ({ inputs, backend, attrs }) => {
    const { x, dy } = inputs;
    const a = attrs as unknown as FilterAttrs;
    const info = depthwiseInfo(tf, x.shape as Shape4, a.filterShape, a);
    const multiplier = a.filterShape[3];
    return withScope(tf, backend, backendName, (scope) => {
      const extent = paddedExtent(info);
      const xPadded = padInput(scope, x, info, extent);
      const rows = info.batchSize * info.outHeight * info.outWidth;
      const dyRows = scope.reshape(dy, [rows, info.inChannels, multiplier]);
      const taps: TensorInfo[] = [];
      for (let kh = 0; kh < info.filterHeight; kh += 1) {
        for (let kw = 0; kw < info.filterWidth; kw += 1) {
          const xTap = tapInput(scope, xPadded, info, kh, kw);
          const xRows = scope.reshape(xTap, [rows, info.inChannels, 1]);
          const product = scope.run('Multiply', { a: xRows, b: dyRows });
          taps.push(scope.run('Sum', { x: product }, { axis: [0], keepDims: false }));
          scope.dispose(product);
          scope.dispose(xRows);
          scope.dispose(xTap);
        }
      }
      const stacked = taps.length === 1 ? scope.reshape(taps[0], [1, info.inChannels, multiplier]) : scope.run('Pack', taps, { axis: 0 });
      return scope.reshape(stacked, [...a.filterShape]);
    });
  };
  return { kernelName: 'DepthwiseConv2dNativeBackpropFilter', backendName, kernelFunc: kernelFunc as unknown as KernelFunc };
}

/** dInput = Σ over taps of (Σ_m dy[…, c·M + m] · filter[kh, kw, c, m]) placed where the tap reads. */
export function depthwiseBackpropInputConfig(tf: Tf, backendName: string): KernelConfig {
  const kernelFunc: RawKernel = ({ inputs, backend, attrs }) => {
    const { dy, filter } = inputs;
    const a = attrs as unknown as InputAttrs;
    const filterShape = filter.shape as Shape4;
    const info = depthwiseInfo(tf, a.inputShape, filterShape, a);
    const multiplier = filterShape[3];
    const channels = info.inChannels;
    return withScope(tf, backend, backendName, (scope) => {
      const extent = paddedExtent(info);
      const dyByChannel = scope.reshape(dy, [info.batchSize, info.outHeight, info.outWidth, channels, multiplier]);
      let sum: TensorInfo | null = null;
      for (let kh = 0; kh < info.filterHeight; kh += 1) {
        for (let kw = 0; kw < info.filterWidth; kw += 1) {
          const weights = scope.run('Slice', { x: filter }, { begin: [kh, kw, 0, 0], size: [1, 1, channels, multiplier] });
          const weightsByChannel = scope.reshape(weights, [channels, multiplier]);
          const product = scope.run('Multiply', { a: dyByChannel, b: weightsByChannel });
          const perChannel = scope.run('Sum', { x: product }, { axis: [4], keepDims: false });
          const placed = scatterTap(scope, perChannel, info, extent, kh, kw);
          const next: TensorInfo = sum === null ? placed : scope.run('Add', { a: sum, b: placed });
          for (const t of [weightsByChannel, weights, product, perChannel]) scope.dispose(t);
          if (sum !== null) {
            scope.dispose(sum);
            scope.dispose(placed);
          }
          sum = next;
        }
      }
      if (sum === null) throw new Error('DepthwiseConv2dNativeBackpropInput: empty filter');
      return scope.run('Slice', { x: sum }, { begin: [0, extent.top, extent.left, 0], size: [...a.inputShape] });
    });
  };
  return { kernelName: 'DepthwiseConv2dNativeBackpropInput', backendName, kernelFunc: kernelFunc as unknown as KernelFunc };
}
