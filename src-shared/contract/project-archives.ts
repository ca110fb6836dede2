import { z } from 'zod';
import { method } from './define';
import { FsPath } from './common';
import { ProjectSummarySchema } from './projects';

export const ArchiveResultSchema = z.object({
  /** The archive written (`.neurona.zip` added when the path had no `.zip`). */
  file: z.string(),
  bytes: z.number().int(),
  files: z.number().int(),
});
export type ArchiveResult = z.infer<typeof ArchiveResultSchema>;

export const projectArchiveMethods = {
  /** Shares a project as one `.neurona.zip` (database through SQLite's backup API, stored files, no caches). */
  'projects.exportArchive': method(z.object({ path: FsPath, file: FsPath, overwrite: z.boolean().default(false) }), ArchiveResultSchema),
  /** Unpacks a `.neurona.zip` into `<parentDir>/<name>.neurona` (default: the projects folder and the archive's name) and opens it. */
  'projects.importArchive': method(
    z.object({ file: FsPath, parentDir: FsPath.optional(), name: z.string().trim().min(1).max(120).optional() }),
    ProjectSummarySchema,
  ),
};
