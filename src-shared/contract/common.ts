import { z } from 'zod';

// Paths arrive from the UI, the CLI and (in browser mode) any local program holding the token.
// Main resolves them with Node's path module; a relative path would be resolved against the
// server's working directory and a '..' segment can walk anywhere, so both are refused here,
// along with NUL (which Node refuses with a message holding the whole path).
const ABSOLUTE_PATH = /^(\/|[A-Za-z]:[\\/]|\\\\[^\\/])/;
const PARENT_SEGMENT = /(^|[\\/])\.\.([\\/]|$)/;
export const MAX_PATH_LENGTH = 4096;

/** Why a path was refused; the router passes it on as `details.reason` for the UI's text. */
export type PathRefusal = 'path_nul' | 'path_relative' | 'path_parent';

function refusal(reason: PathRefusal, error: string) {
  return { error, params: { reason } };
}

/** A file or folder path from the user: absolute, no '..' segment, no NUL, at most 4096 characters. */
export const FsPath = z
  .string()
  .min(1)
  .max(MAX_PATH_LENGTH)
  .refine((s) => !s.includes('\0'), refusal('path_nul', 'must not contain NUL characters'))
  .refine((s) => ABSOLUTE_PATH.test(s), refusal('path_relative', 'must be a full path (starting with / or a drive letter such as C:\\)'))
  .refine((s) => !PARENT_SEGMENT.test(s), refusal('path_parent', "must not contain '..' segments"));

/** A dialog's suggested location: a file name alone is fine (the dialog resolves it), NUL is not. */
export const DialogPath = z
  .string()
  .max(MAX_PATH_LENGTH)
  .refine((s) => !s.includes('\0'), refusal('path_nul', 'must not contain NUL characters'));

export const ProjectRef = z.object({ projectPath: FsPath });
export const Id = z.number().int().positive();
export const Ok = z.object({ ok: z.literal(true) });
