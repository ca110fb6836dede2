import { z } from 'zod';

// What the desktop shell hands the UI: a path the user dropped on the window, gave on the
// command line, opened from the OS (macOS "open-file") or picked in File > Open recent.

/** What a path is, as main found it on disk. */
export const PATH_KINDS = ['project', 'archive', 'csv', 'imageFolder'] as const;
export type PathKind = (typeof PATH_KINDS)[number];

export const InspectedPathSchema = z.object({ kind: z.enum(PATH_KINDS), path: z.string() });
export type InspectedPath = z.infer<typeof InspectedPathSchema>;

/** Sent by main to the window; the preload passes on only what parses. */
export const ShellRequestSchema = InspectedPathSchema;
export type ShellRequest = InspectedPath;
