import type { Task } from '../../../src-shared/data/dataset';
import type { MetricSeries } from './run-events';

export type ChartId = 'loss' | 'accuracy' | 'mae';

export interface ChartSpec {
  id: ChartId;
  /** Metric names drawn, training first then validation. */
  series: string[];
}

/** Loss always; then accuracy for classifiers, mean absolute error for regression. */
export function chartsForTask(task: Task): ChartSpec[] {
  const second: ChartId = task === 'classification' ? 'accuracy' : 'mae';
  return [
    { id: 'loss', series: ['loss', 'val_loss'] },
    { id: second, series: [second, `val_${second}`] },
  ];
}

export type ChartRow = { epoch: number } & Record<string, number | null>;

export interface ChartData {
  rows: ChartRow[];
  /** Points per series, for the chart's data attributes and its empty state. */
  counts: Record<string, number>;
}

/** One row per epoch with every series' value (null where a series has no point). */
export function chartRows(metrics: MetricSeries, series: readonly string[]): ChartData {
  const byEpoch = new Map<number, ChartRow>();
  const counts: Record<string, number> = {};
  for (const name of series) {
    let count = 0;
    for (const point of metrics[name] ?? []) {
      if (!Number.isFinite(point.value)) continue;
      let row = byEpoch.get(point.epoch);
      if (!row) {
        row = { epoch: point.epoch } as ChartRow;
        for (const s of series) row[s] = null;
        byEpoch.set(point.epoch, row);
      }
      row[name] = point.value;
      count++;
    }
    counts[name] = count;
  }
  return { rows: [...byEpoch.values()].sort((a, b) => a.epoch - b.epoch), counts };
}

/** The headline number of a finished run: validation accuracy, else validation error, else loss. */
export function headlineMetric(final: Record<string, number> | null, task: Task): { name: string; value: number } | null {
  if (!final) return null;
  const order = task === 'classification' ? ['val_accuracy', 'accuracy', 'val_loss', 'loss'] : ['val_mae', 'mae', 'val_loss', 'loss'];
  for (const name of order) {
    const value = final[name];
    if (typeof value === 'number' && Number.isFinite(value)) return { name, value };
  }
  return null;
}

/** Planned runs up to this many epochs get their whole x axis from the start. */
export const FIXED_AXIS_EPOCHS = 50;

/**
 * Right end of the epoch axis: the planned epochs for short runs (so the axis does not jump),
 * otherwise the data so far with some room, so early epochs of a long run are not squeezed.
 */
export function epochAxisMax(plannedEpochs: number, lastEpoch: number): number {
  if (plannedEpochs <= FIXED_AXIS_EPOCHS) return Math.max(2, plannedEpochs);
  return Math.min(plannedEpochs, Math.max(10, Math.ceil(lastEpoch * 1.25)));
}
