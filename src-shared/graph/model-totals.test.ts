import { describe, expect, it } from 'vitest';
import { inferGraph } from './infer';
import { modelTotals } from './model-totals';
import { chainOf } from './test-graphs';

describe('modelTotals', () => {
  it('adds trainable and non-trainable weights, their float32 memory and the FLOPs of one sample', () => {
    const graph = chainOf(
      [28, 28, 1],
      [
        { kind: 'conv2d', params: { filters: 16 } },
        { kind: 'batchNormalization' },
        { kind: 'maxPooling2d' },
        { kind: 'flatten' },
        { kind: 'dense', params: { units: 10 } },
      ],
    );
    const totals = modelTotals(inferGraph(graph));
    const conv = 3 * 3 * 1 * 16 + 16;
    const dense = 13 * 13 * 16 * 10 + 10;
    expect(totals).toEqual({
      totalParams: conv + 64 + dense,
      trainableParams: conv + 32 + dense,
      nonTrainableParams: 32,
      weightBytes: (conv + 64 + dense) * 4,
      // conv: 2·(26·26·16)·(3·3·1); batch norm: 2 per value; pooling: 4 per output; dense: 2·2704·10.
      flops: 2 * 26 * 26 * 16 * 9 + 2 * 26 * 26 * 16 + 13 * 13 * 16 * 4 + 2 * 2704 * 10,
    });
  });

  it('counts nothing for layers whose shape is unknown', () => {
    const totals = modelTotals(inferGraph(chainOf([4], [{ kind: 'conv2d' }])));
    expect(totals).toEqual({ totalParams: 0, trainableParams: 0, nonTrainableParams: 0, weightBytes: 0, flops: 0 });
  });

  it('counts a recurrent layer per step', () => {
    const totals = modelTotals(inferGraph(chainOf([10, 8], [{ kind: 'lstm', params: { units: 16 } }])));
    expect(totals.flops).toBe(2 * 10 * 4 * 16 * (8 + 16));
  });
});
