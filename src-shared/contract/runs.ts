import { z } from 'zod';
import { method } from './define';
import { Id, ProjectRef } from './common';
import { TrainConfigSchema } from '../training/config';
import { RUN_STATUSES } from '../training/run-status';
import { BACKEND_LADDER } from '../training/backends';
import { ERROR_CODES } from '../errors';
import { TASKS } from '../data/dataset';

export const ErrorPayloadSchema = z.object({
  code: z.enum(ERROR_CODES),
  message: z.string(),
  details: z.record(z.string(), z.unknown()).optional(),
});

export const MetricsRecordSchema = z.record(z.string(), z.number());

export const RunSummarySchema = z.object({
  id: z.number().int(),
  modelId: z.number().int(),
  modelName: z.string(),
  modelVersion: z.number().int(),
  datasetId: z.number().int(),
  datasetName: z.string(),
  task: z.enum(TASKS),
  status: z.enum(RUN_STATUSES),
  backend: z.enum(BACKEND_LADDER).nullable(),
  config: TrainConfigSchema,
  epochsCompleted: z.number().int(),
  /** Metrics of the last completed epoch (loss, val_loss, accuracy, …). */
  final: MetricsRecordSchema.nullable(),
  error: ErrorPayloadSchema.nullable(),
  createdAt: z.string(),
  startedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
});
export type RunSummary = z.infer<typeof RunSummarySchema>;

export const MetricPointSchema = z.object({ epoch: z.number().int(), value: z.number() });

export const CheckpointSchema = z.object({
  id: z.number().int(),
  epoch: z.number().int(),
  kind: z.enum(['final', 'best', 'periodic']),
  path: z.string(),
  sha256: z.string(),
  createdAt: z.string(),
});
export type Checkpoint = z.infer<typeof CheckpointSchema>;

export const RunDetailSchema = RunSummarySchema.extend({
  /** Epoch series per metric name, ordered by epoch (epochs count from 1). */
  metrics: z.record(z.string(), z.array(MetricPointSchema)),
  checkpoints: z.array(CheckpointSchema),
});
export type RunDetail = z.infer<typeof RunDetailSchema>;

export const PredictionSchema = z.object({
  sampleId: z.number().int(),
  /** The raw model output (class probabilities, or the scaled regression value). */
  output: z.array(z.number()),
  /** Class name, or the regression value in the target's units, as text. */
  predicted: z.string(),
  actual: z.string().nullable(),
});
export type Prediction = z.infer<typeof PredictionSchema>;

const RunRef = ProjectRef.extend({ runId: Id });

export const runMethods = {
  'runs.list': method(ProjectRef, z.array(RunSummarySchema)),
  'runs.get': method(RunRef, RunDetailSchema),
  'runs.start': method(ProjectRef.extend({ modelId: Id, datasetId: Id, config: TrainConfigSchema }), RunSummarySchema),
  'runs.stop': method(RunRef, RunSummarySchema),
  'runs.pause': method(RunRef, RunSummarySchema),
  'runs.resume': method(RunRef, RunSummarySchema),
  /** Predictions of a run's last checkpoint on some of its dataset's samples. */
  'runs.predict': method(RunRef.extend({ sampleIds: z.array(Id).min(1).max(1000) }), z.object({ predictions: z.array(PredictionSchema) })),
};
