import { z } from 'zod';

// Preprocessing fitted on the training split and recorded on the run; export writes it into
// metadata.json so a model can be used without the studio.

export const NumericFeatureSchema = z.object({
  name: z.string(),
  type: z.literal('numeric'),
  /** x' = (x - mean) / std; a missing value becomes mean (so 0 after scaling). */
  mean: z.number(),
  std: z.number().positive(),
});

export const CategoricalFeatureSchema = z.object({
  name: z.string(),
  type: z.literal('categorical'),
  /** One-hot, in this order; a value not listed encodes as all zeros. */
  categories: z.array(z.string()),
});

export const TableInputSchema = z.object({
  kind: z.literal('table'),
  features: z.array(z.discriminatedUnion('type', [NumericFeatureSchema, CategoricalFeatureSchema])),
  /** Length of the encoded input vector. */
  size: z.number().int().positive(),
});

export const ImageInputSchema = z.object({
  kind: z.literal('image'),
  height: z.number().int().positive(),
  width: z.number().int().positive(),
  channels: z.union([z.literal(1), z.literal(3)]),
  /** Images are resized to height x width ignoring aspect ratio, then pixel values divided by this. */
  resize: z.literal('fill'),
  scale: z.number().positive(),
});

export const TargetSchema = z.discriminatedUnion('task', [
  z.object({ task: z.literal('classification'), name: z.string().nullable(), classes: z.array(z.string()) }),
  /** The model predicts (y - mean) / std; multiply by std and add mean to get y. */
  z.object({ task: z.literal('regression'), name: z.string(), mean: z.number(), std: z.number().positive() }),
]);

export const PreprocessingSchema = z.object({
  input: z.discriminatedUnion('kind', [TableInputSchema, ImageInputSchema]),
  target: TargetSchema,
});

export type NumericFeature = z.infer<typeof NumericFeatureSchema>;
export type CategoricalFeature = z.infer<typeof CategoricalFeatureSchema>;
export type TableInput = z.infer<typeof TableInputSchema>;
export type ImageInput = z.infer<typeof ImageInputSchema>;
export type TargetSpec = z.infer<typeof TargetSchema>;
export type Preprocessing = z.infer<typeof PreprocessingSchema>;
