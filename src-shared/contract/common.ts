import { z } from 'zod';

export const ProjectRef = z.object({ projectPath: z.string().min(1).max(4096) });
export const Id = z.number().int().positive();
export const Ok = z.object({ ok: z.literal(true) });
