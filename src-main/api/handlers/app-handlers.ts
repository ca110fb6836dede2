import type { Handlers } from '../router';
import type { StudioContext } from '../context';
import { inspectPath } from '../path-kind';

type AppHandlers = Pick<
  Handlers,
  'app.info' | 'app.backends' | 'settings.get' | 'settings.set' | 'app.pickDirectory' | 'app.pickFile' | 'app.pickSaveFile' | 'app.inspectPath'
>;

export function createAppHandlers(ctx: StudioContext): AppHandlers {
  return {
    'app.info': () => ({
      version: ctx.host.appVersion,
      mode: ctx.host.mode,
      dataDir: ctx.host.dataDir,
      defaultProjectsDir: ctx.host.defaultProjectsDir,
      platform: process.platform,
    }),
    'app.backends': () => ctx.runs.probeBackends(),
    'settings.get': () => ctx.settings.get(),
    'settings.set': (patch) => ctx.settings.set(patch),
    'app.pickDirectory': async (input) => {
      if (!ctx.host.dialogs) return { supported: false, path: null };
      return { supported: true, path: await ctx.host.dialogs.pickDirectory(input) };
    },
    'app.pickFile': async (input) => {
      if (!ctx.host.dialogs) return { supported: false, path: null };
      return { supported: true, path: await ctx.host.dialogs.pickFile(input) };
    },
    'app.pickSaveFile': async (input) => {
      if (!ctx.host.dialogs) return { supported: false, path: null };
      return { supported: true, path: await ctx.host.dialogs.pickSaveFile(input) };
    },
    'app.inspectPath': ({ path }) => inspectPath(path),
  };
}
