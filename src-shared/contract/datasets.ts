import { z } from 'zod';
import { method } from './define';
import { FsPath, Id, Ok, ProjectRef } from './common';
import { DatasetSummarySchema, SAMPLE_DATASETS, SPLITS, TASKS } from '../data/dataset';

export const SampleRowSchema = z.object({
  id: z.number().int(),
  split: z.enum(SPLITS),
  /** Class name (classification) or target value as text (regression). */
  label: z.string().nullable(),
  /** Tables: the row's values by column name. */
  values: z.record(z.string(), z.union([z.string(), z.number(), z.null()])).nullable(),
  /** Images: a small PNG as a data: URL. */
  thumbnail: z.string().nullable(),
  originalName: z.string().nullable(),
});
export type SampleRow = z.infer<typeof SampleRowSchema>;

export const datasetMethods = {
  'datasets.list': method(ProjectRef, z.array(DatasetSummarySchema)),
  'datasets.get': method(ProjectRef.extend({ datasetId: Id }), DatasetSummarySchema),
  /** `name` lets the UI name the sample in the user's language ("Dígitos MNIST"); English by default. */
  'datasets.addSample': method(ProjectRef.extend({ sample: z.enum(SAMPLE_DATASETS), name: z.string().trim().min(1).max(120).optional() }), DatasetSummarySchema),
  'datasets.importCsv': method(
    ProjectRef.extend({
      filePath: FsPath,
      target: z.string().min(1).max(200),
      name: z.string().trim().min(1).max(120).optional(),
      /** Leave out to infer: a numeric target with many distinct values is regression. */
      task: z.enum(TASKS).optional(),
    }),
    DatasetSummarySchema,
  ),
  'datasets.importFolder': method(
    ProjectRef.extend({ folderPath: FsPath, name: z.string().trim().min(1).max(120).optional() }),
    DatasetSummarySchema,
  ),
  'datasets.samples': method(
    ProjectRef.extend({
      datasetId: Id,
      offset: z.number().int().min(0).default(0),
      limit: z.number().int().min(1).max(500).default(50),
      split: z.enum(SPLITS).optional(),
    }),
    z.object({ total: z.number().int(), rows: z.array(SampleRowSchema) }),
  ),
  'datasets.delete': method(ProjectRef.extend({ datasetId: Id }), Ok),
};
