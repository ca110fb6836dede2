import { describe, expect, it } from 'vitest';
import { chartRows, chartsForTask, epochAxisMax, headlineMetric } from './chart-data';

describe('chartsForTask', () => {
  it('draws accuracy for classifiers and MAE for regression, loss for both', () => {
    expect(chartsForTask('classification')).toEqual([
      { id: 'loss', series: ['loss', 'val_loss'] },
      { id: 'accuracy', series: ['accuracy', 'val_accuracy'] },
    ]);
    expect(chartsForTask('regression').map((c) => c.series)).toEqual([
      ['loss', 'val_loss'],
      ['mae', 'val_mae'],
    ]);
  });
});

describe('chartRows', () => {
  it('makes one row per epoch with nulls for missing points and counts per series', () => {
    const { rows, counts } = chartRows(
      {
        loss: [
          { epoch: 2, value: 0.5 },
          { epoch: 1, value: 0.9 },
          { epoch: 3, value: Number.NaN },
        ],
        val_loss: [{ epoch: 2, value: 0.7 }],
        accuracy: [{ epoch: 1, value: 0.3 }],
      },
      ['loss', 'val_loss'],
    );
    expect(rows).toEqual([
      { epoch: 1, loss: 0.9, val_loss: null },
      { epoch: 2, loss: 0.5, val_loss: 0.7 },
    ]);
    expect(counts).toEqual({ loss: 2, val_loss: 1 });
  });

  it('is empty before the first epoch', () => {
    expect(chartRows({}, ['loss', 'val_loss'])).toEqual({ rows: [], counts: { loss: 0, val_loss: 0 } });
  });
});

describe('headlineMetric', () => {
  it('prefers validation accuracy, then training accuracy, then loss', () => {
    expect(headlineMetric({ loss: 0.2, accuracy: 0.9, val_accuracy: 0.85 }, 'classification')).toEqual({ name: 'val_accuracy', value: 0.85 });
    expect(headlineMetric({ loss: 0.2, accuracy: 0.9 }, 'classification')).toEqual({ name: 'accuracy', value: 0.9 });
    expect(headlineMetric({ loss: 3, val_mae: 1.5 }, 'regression')).toEqual({ name: 'val_mae', value: 1.5 });
    expect(headlineMetric({ loss: Number.NaN }, 'regression')).toBeNull();
    expect(headlineMetric(null, 'classification')).toBeNull();
  });
});

describe('epochAxisMax', () => {
  it('spans a short run from the start', () => {
    expect(epochAxisMax(20, 3)).toBe(20);
    expect(epochAxisMax(1, 1)).toBe(2);
  });

  it('grows with a long run, never past its planned end', () => {
    expect(epochAxisMax(5000, 0)).toBe(10);
    expect(epochAxisMax(5000, 16)).toBe(20);
    expect(epochAxisMax(60, 59)).toBe(60);
  });
});
