import { z } from 'zod';

export const DATASET_KINDS = ['table', 'images'] as const;
export type DatasetKind = (typeof DATASET_KINDS)[number];

export const TASKS = ['classification', 'regression'] as const;
export type Task = (typeof TASKS)[number];

export const SPLITS = ['train', 'val', 'test'] as const;
export type Split = (typeof SPLITS)[number];

export const SAMPLE_DATASETS = ['iris', 'binary', 'mnist'] as const;
export type SampleDatasetId = (typeof SAMPLE_DATASETS)[number];

export const COLUMN_TYPES = ['numeric', 'categorical'] as const;
export type ColumnType = (typeof COLUMN_TYPES)[number];

export const COLUMN_ROLES = ['feature', 'target', 'ignore'] as const;
export type ColumnRole = (typeof COLUMN_ROLES)[number];

export const ColumnSummarySchema = z.object({
  index: z.number().int(),
  name: z.string(),
  type: z.enum(COLUMN_TYPES),
  role: z.enum(COLUMN_ROLES),
  missing: z.number().int(),
  /** numeric: min/max/mean; categorical: distinct value count. */
  min: z.number().nullable(),
  max: z.number().nullable(),
  mean: z.number().nullable(),
  distinct: z.number().int(),
});
export type ColumnSummary = z.infer<typeof ColumnSummarySchema>;

export const DatasetSummarySchema = z.object({
  id: z.number().int(),
  name: z.string(),
  kind: z.enum(DATASET_KINDS),
  task: z.enum(TASKS),
  source: z.string(),
  createdAt: z.string(),
  sampleCount: z.number().int(),
  splitCounts: z.object({ train: z.number().int(), val: z.number().int(), test: z.number().int() }),
  /** Class names in label order (classification); empty for regression. */
  classes: z.array(z.string()),
  /** Per-class sample counts, same order as classes. */
  classCounts: z.array(z.number().int()),
  /** Target column (tables). */
  target: z.string().nullable(),
  /** Shape of one model input after preprocessing, without the batch dimension. */
  inputShape: z.array(z.number().int().positive()),
  columns: z.array(ColumnSummarySchema),
});
export type DatasetSummary = z.infer<typeof DatasetSummarySchema>;

/** What a model needs to know about a dataset to be checked against it. */
export interface DatasetShapeInfo {
  name: string;
  task: Task;
  inputShape: number[];
  classes: string[];
}
