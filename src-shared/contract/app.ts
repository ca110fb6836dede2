import { z } from 'zod';
import { method } from './define';
import { BACKEND_LADDER } from '../training/backends';
import { DialogPath, FsPath } from './common';
import { InspectedPathSchema } from './shell';

export const LANGUAGES = ['system', 'en', 'es'] as const;

export const SettingsSchema = z.object({
  language: z.enum(LANGUAGES).default('system'),
});
export type Settings = z.output<typeof SettingsSchema>;

// Not SettingsSchema.partial(): zod still applies the defaults inside it, so `{}` would come out
// as `{ language: 'system' }` and reset the language. A patch has no defaults.
export const SettingsPatchSchema = z.object({
  language: z.enum(LANGUAGES).optional(),
});
export type SettingsPatch = z.output<typeof SettingsPatchSchema>;

export const AppInfoSchema = z.object({
  version: z.string(),
  mode: z.enum(['electron', 'browser']),
  dataDir: z.string(),
  defaultProjectsDir: z.string(),
  platform: z.string(),
});
export type AppInfo = z.infer<typeof AppInfoSchema>;

export const BackendProbeSchema = z.object({
  id: z.enum(BACKEND_LADDER),
  available: z.boolean(),
  /** Why it is not available, in English (e.g. the package failed to install). */
  reason: z.string().nullable(),
});
export type BackendProbe = z.infer<typeof BackendProbeSchema>;

export const appMethods = {
  'app.info': method(z.object({}), AppInfoSchema),
  'app.backends': method(z.object({}), z.object({ backends: z.array(BackendProbeSchema), auto: z.enum(BACKEND_LADDER) })),
  'settings.get': method(z.object({}), SettingsSchema),
  /** Changes only the fields given: `{}` changes nothing. */
  'settings.set': method(SettingsPatchSchema, SettingsSchema),
  /** Native pickers exist only in the desktop app; browser mode answers supported: false and the UI asks for a typed path. */
  'app.pickDirectory': method(
    z.object({ title: z.string().max(200).optional(), defaultPath: DialogPath.optional() }),
    z.object({ supported: z.boolean(), path: z.string().nullable() }),
  ),
  /** A save dialog (desktop only, like the pickers); the OS asks before replacing a file. */
  'app.pickSaveFile': method(
    z.object({ title: z.string().max(200).optional(), defaultPath: DialogPath.optional(), extensions: z.array(z.string().max(16)).max(20).optional() }),
    z.object({ supported: z.boolean(), path: z.string().nullable() }),
  ),
  /** What a path is (a project folder, a project archive, a CSV file, an image folder), for a drop or a typed path. */
  'app.inspectPath': method(z.object({ path: FsPath }), InspectedPathSchema),
  'app.pickFile': method(
    z.object({ title: z.string().max(200).optional(), defaultPath: DialogPath.optional(), extensions: z.array(z.string().max(16)).max(20).optional() }),
    z.object({ supported: z.boolean(), path: z.string().nullable() }),
  ),
};
