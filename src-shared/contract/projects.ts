import { z } from 'zod';
import { method } from './define';
import { FsPath, Ok } from './common';

export const ProjectSummarySchema = z.object({
  path: z.string(),
  name: z.string(),
  /** ISO time the project was last opened by this app. */
  openedAt: z.string().nullable(),
  /** False when a recent project's folder has gone (moved or deleted outside the app). */
  exists: z.boolean(),
});
export type ProjectSummary = z.infer<typeof ProjectSummarySchema>;

const PathInput = z.object({ path: FsPath });
const Name = z.string().trim().min(1).max(120);

export const projectMethods = {
  'projects.list': method(z.object({}), z.object({ recent: z.array(ProjectSummarySchema), defaultDir: z.string() })),
  'projects.create': method(z.object({ name: Name, parentDir: FsPath.optional() }), ProjectSummarySchema),
  'projects.open': method(PathInput, ProjectSummarySchema),
  'projects.rename': method(PathInput.extend({ name: Name }), ProjectSummarySchema),
  'projects.delete': method(PathInput, Ok),
  /** Drop a project from the recent list without touching its folder. */
  'projects.forget': method(PathInput, Ok),
};
