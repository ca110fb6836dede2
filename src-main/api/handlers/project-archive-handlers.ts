import { resolve } from 'node:path';
import type { Handlers } from '../router';
import type { StudioContext } from '../context';
import { exportProjectArchive } from '../../project-archive/export-archive';
import { importProjectArchive } from '../../project-archive/import-archive';
import { withArchiveSuffix } from '../../project-archive/archive-format';
import { throttleProgress } from '../../project-archive/archive-progress';
import { openProjectSummary, refuseWhileTraining } from './project-summary';

type ProjectArchiveHandlers = Pick<Handlers, 'projects.exportArchive' | 'projects.importArchive'>;

export function createProjectArchiveHandlers(ctx: StudioContext): ProjectArchiveHandlers {
  const progress = (operation: 'export' | 'import', file: string) =>
    throttleProgress((done, total) => ctx.events.emit('archive.progress', { operation, file, done, total }));

  return {
    'projects.exportArchive': async ({ path, file: rawFile, overwrite }) => {
      const project = ctx.projects.get(path);
      refuseWhileTraining(ctx, project.dir, 'export');
      const file = resolve(withArchiveSuffix(rawFile));
      return exportProjectArchive(project, { file, overwrite, appVersion: ctx.host.appVersion, onProgress: progress('export', file) });
    },
    'projects.importArchive': async ({ file: rawFile, parentDir, name }) => {
      const file = resolve(rawFile);
      const dir = await importProjectArchive({ file, parentDir: resolve(parentDir ?? ctx.host.defaultProjectsDir), name, onProgress: progress('import', file) });
      return openProjectSummary(ctx, dir);
    },
  };
}
