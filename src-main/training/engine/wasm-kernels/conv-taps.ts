import type { KernelScope } from './kernel-scope';

type TensorInfo = import('@tensorflow/tfjs').TensorInfo;
type Conv2DInfo = import('@tensorflow/tfjs').backend_util.Conv2DInfo;

// A 2-D convolution is a sum over filter taps (kh, kw): output position (oh, ow) reads the
// zero-padded input at (oh·strideH + kh·dilationH, ow·strideW + kw·dilationW). The gradient
// kernels below work one tap at a time with strided slices, pads, matmuls and reductions.

export interface PaddedExtent {
  /** Padded input height and width, large enough for every tap to read a full output grid. */
  height: number;
  width: number;
  top: number;
  left: number;
}

/** Rows (or columns) one tap reads: from its offset to the last output position. */
export function tapSpan(outSize: number, stride: number): number {
  return (outSize - 1) * stride + 1;
}

export function paddedExtent(info: Conv2DInfo): PaddedExtent {
  const { top, left, bottom, right } = info.padInfo;
  const needH = (info.filterHeight - 1) * info.dilationHeight + tapSpan(info.outHeight, info.strideHeight);
  const needW = (info.filterWidth - 1) * info.dilationWidth + tapSpan(info.outWidth, info.strideWidth);
  // Rounding modes other than floor can ask for rows past the padding; those read zeros.
  const height = Math.max(info.inHeight + top + bottom, needH);
  const width = Math.max(info.inWidth + left + right, needW);
  return { height, width, top, left };
}

/** The input, zero-padded to `extent` (the input itself when no padding is needed). */
export function padInput(scope: KernelScope, x: TensorInfo, info: Conv2DInfo, extent: PaddedExtent): TensorInfo {
  const bottom = extent.height - info.inHeight - extent.top;
  const right = extent.width - info.inWidth - extent.left;
  if (extent.top === 0 && extent.left === 0 && bottom === 0 && right === 0) return x;
  return scope.run('PadV2', { x }, {
    paddings: [
      [0, 0],
      [extent.top, bottom],
      [extent.left, right],
      [0, 0],
    ],
    constantValue: 0,
  });
}

/** The input values tap (kh, kw) multiplies, as [batch, outHeight, outWidth, channels]. */
export function tapInput(scope: KernelScope, xPadded: TensorInfo, info: Conv2DInfo, kh: number, kw: number): TensorInfo {
  const top = kh * info.dilationHeight;
  const left = kw * info.dilationWidth;
  const channels = xPadded.shape[3];
  return scope.run('StridedSlice', { x: xPadded }, {
    begin: [0, top, left, 0],
    end: [info.batchSize, top + tapSpan(info.outHeight, info.strideHeight), left + tapSpan(info.outWidth, info.strideWidth), channels],
    strides: [1, info.strideHeight, info.strideWidth, 1],
    beginMask: 0,
    endMask: 0,
    ellipsisMask: 0,
    newAxisMask: 0,
    shrinkAxisMask: 0,
  });
}

/**
 * The inverse of tapInput: spreads [batch, outHeight, outWidth, channels] values onto the
 * padded input grid at the positions tap (kh, kw) read, zeros elsewhere.
 */
export function scatterTap(scope: KernelScope, values: TensorInfo, info: Conv2DInfo, extent: PaddedExtent, kh: number, kw: number): TensorInfo {
  const [batch, outH, outW, channels] = values.shape;
  const sh = info.strideHeight;
  const sw = info.strideWidth;
  let spread = values;
  if (sh > 1 || sw > 1) {
    // Insert stride-1 zeros after each row, then after each column, with 4-D pads and reshapes;
    // the steps are freed as soon as the spread grid exists.
    const steps: TensorInfo[] = [];
    const step = (t: TensorInfo): TensorInfo => {
      steps.push(t);
      return t;
    };
    const rowsIn = step(scope.reshape(values, [batch, outH, 1, outW * channels]));
    const rows = step(scope.run('PadV2', { x: rowsIn }, { paddings: [[0, 0], [0, 0], [0, sh - 1], [0, 0]], constantValue: 0 }));
    const colsIn = step(scope.reshape(rows, [batch * outH * sh, outW, 1, channels]));
    const cols = step(scope.run('PadV2', { x: colsIn }, { paddings: [[0, 0], [0, 0], [0, sw - 1], [0, 0]], constantValue: 0 }));
    const grid = step(scope.reshape(cols, [batch, outH * sh, outW * sw, channels]));
    spread = scope.run('Slice', { x: grid }, { begin: [0, 0, 0, 0], size: [batch, tapSpan(outH, sh), tapSpan(outW, sw), channels] });
    for (const s of steps) scope.dispose(s);
  }
  const top = kh * info.dilationHeight;
  const left = kw * info.dilationWidth;
  const placed = scope.run('PadV2', { x: spread }, {
    paddings: [
      [0, 0],
      [top, extent.height - top - spread.shape[1]],
      [left, extent.width - left - spread.shape[2]],
      [0, 0],
    ],
    constantValue: 0,
  });
  if (spread !== values) scope.dispose(spread);
  return placed;
}
