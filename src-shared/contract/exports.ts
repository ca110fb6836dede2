import { z } from 'zod';
import { method } from './define';
import { FsPath, Id, ProjectRef } from './common';

export const ExportSummarySchema = z.object({
  id: z.number().int(),
  runId: z.number().int().nullable(),
  format: z.literal('tfjs-layers'),
  dir: z.string(),
  files: z.array(z.string()),
  createdAt: z.string(),
});
export type ExportSummary = z.infer<typeof ExportSummarySchema>;

export const exportMethods = {
  'exports.list': method(ProjectRef, z.array(ExportSummarySchema)),
  /** Where exports.create would write when no folder is given, so the UI can show it first. */
  'exports.defaultDir': method(ProjectRef.extend({ runId: Id }), z.object({ dir: z.string() })),
  /** Writes model.json + weights + metadata.json; dir defaults to <project>/exports/<model>-run-<id>. */
  'exports.create': method(ProjectRef.extend({ runId: Id, dir: FsPath.optional() }), ExportSummarySchema),
};
