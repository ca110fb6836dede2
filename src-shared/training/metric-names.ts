// Metric names as the studio stores and shows them, whatever tfjs calls them internally.
export const CLASSIFICATION_METRICS = ['loss', 'accuracy'] as const;
export const REGRESSION_METRICS = ['loss', 'mae'] as const;

export type MetricName = 'loss' | 'accuracy' | 'mae' | 'val_loss' | 'val_accuracy' | 'val_mae' | 'lr';

export function validationName(name: string): string {
  return `val_${name}`;
}
