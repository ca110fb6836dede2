import { z } from 'zod';
import { method } from './define';
import { Id, ProjectRef } from './common';
import { GraphSchema } from '../graph/format';
import { GraphCommandSchema } from '../graph/commands';
import { LocalizedSchema } from '../localized';

/** A one-click repair: commands the canvas applies through its history, so the fix can be undone. */
export const GraphFixSchema = z.object({
  id: z.string().min(1).max(64),
  label: LocalizedSchema,
  commands: z.array(GraphCommandSchema).max(1000),
});
export type GraphFix = z.infer<typeof GraphFixSchema>;

export const GraphIssueSchema = z.object({
  /** An error code from errors.ts (SHAPE_ERROR, MODEL_OUTPUT_MISMATCH, …). */
  code: z.string(),
  severity: z.enum(['error', 'warning']),
  nodeId: z.string().nullable(),
  /** English, for logs and the CLI. */
  message: z.string(),
  details: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])).optional(),
  /** What is wrong and how to fix it, in every UI language (`fix` null when there is no single way). */
  text: z.object({ message: LocalizedSchema, fix: LocalizedSchema.nullable() }).optional(),
  /** Present where the fix is unambiguous ("Insert Flatten", "Set units to 10"). */
  fixes: z.array(GraphFixSchema).optional(),
});
export type GraphIssue = z.infer<typeof GraphIssueSchema>;

export const LayerRowSchema = z.object({
  nodeId: z.string(),
  name: z.string(),
  kind: z.string(),
  outputShape: z.array(z.number()).nullable(),
  params: z.number().int(),
});
export type LayerRow = z.infer<typeof LayerRowSchema>;

export const ModelSummarySchema = z.object({
  id: z.number().int(),
  name: z.string(),
  datasetId: z.number().int().nullable(),
  template: z.string().nullable(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ModelSummary = z.infer<typeof ModelSummarySchema>;

export const ModelDetailSchema = ModelSummarySchema.extend({
  graph: GraphSchema,
  /** Layers in topological order with inferred output shapes. */
  layers: z.array(LayerRowSchema),
  totalParams: z.number().int(),
  /** Problems found by shape inference and, when datasetId is set, by checking against that dataset. */
  issues: z.array(GraphIssueSchema),
});
export type ModelDetail = z.infer<typeof ModelDetailSchema>;

export const TemplateInfoSchema = z.object({
  id: z.string(),
  title: z.object({ en: z.string(), es: z.string() }),
  description: z.object({ en: z.string(), es: z.string() }),
  datasetKinds: z.array(z.enum(['table', 'images'])),
  tasks: z.array(z.enum(['classification', 'regression'])),
  /** 'reconstruction': an autoencoder, trained to give back its input rather than the labels. */
  objective: z.enum(['labels', 'reconstruction']),
});
export type TemplateInfo = z.infer<typeof TemplateInfoSchema>;

export const modelMethods = {
  'models.templates': method(z.object({}), z.array(TemplateInfoSchema)),
  'models.list': method(ProjectRef, z.array(ModelSummarySchema)),
  'models.get': method(ProjectRef.extend({ modelId: Id, datasetId: Id.optional() }), ModelDetailSchema),
  'models.createDefault': method(
    ProjectRef.extend({ datasetId: Id, template: z.string().min(1).max(64).optional(), name: z.string().trim().min(1).max(120).optional() }),
    ModelDetailSchema,
  ),
  /** Saves a new version of a model's graph (or a new model when modelId is left out). */
  'models.save': method(
    ProjectRef.extend({ modelId: Id.optional(), name: z.string().trim().min(1).max(120), datasetId: Id.nullable().optional(), graph: GraphSchema }),
    ModelDetailSchema,
  ),
};
