import { existsSync, renameSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Handlers } from '../router';
import type { StudioContext } from '../context';
import type { ProjectSummary } from '../../../src-shared/contract';
import { StudioError } from '../../../src-shared/errors';
import { isProjectFolder, normalizeProjectPath, projectDirFor, validateProjectName } from '../../store/project-folder';
import { renameProject } from '../../store/repos/project-repo';
import { openProjectSummary, refuseWhileTraining as refuseWhileTrainingIn } from './project-summary';

type ProjectHandlers = Pick<Handlers, 'projects.list' | 'projects.create' | 'projects.open' | 'projects.rename' | 'projects.delete' | 'projects.forget'>;

export function createProjectHandlers(ctx: StudioContext): ProjectHandlers {
  const summaryOf = (dir: string): ProjectSummary => openProjectSummary(ctx, dir);
  const refuseWhileTraining = (dir: string, action: string): void => refuseWhileTrainingIn(ctx, dir, action);

  return {
    'projects.list': () => ({
      recent: ctx.recent.list().map((e) => ({ path: e.path, name: e.name, openedAt: e.openedAt, exists: existsSync(e.path) && isProjectFolder(e.path) })),
      defaultDir: ctx.host.defaultProjectsDir,
    }),
    'projects.create': ({ name, parentDir }) => {
      const project = ctx.projects.create(parentDir ?? ctx.host.defaultProjectsDir, name);
      return summaryOf(project.dir);
    },
    'projects.open': ({ path }) => summaryOf(path),
    'projects.rename': ({ path, name: rawName }) => {
      const name = validateProjectName(rawName);
      const from = normalizeProjectPath(path);
      if (!isProjectFolder(from)) throw new StudioError('PROJECT_NOT_FOUND', `No Neurona project at ${from}`, { path: from });
      refuseWhileTraining(from, 'rename');
      const to = projectDirFor(dirname(from), name);
      if (to !== from && existsSync(to)) throw new StudioError('PROJECT_EXISTS', `${to} already exists`, { path: to });
      ctx.projects.close(from);
      if (to !== from) renameSync(from, to);
      renameProject(ctx.projects.get(to).db, name);
      ctx.recent.rename(from, to, name);
      return summaryOf(to);
    },
    'projects.delete': ({ path }) => {
      const dir = normalizeProjectPath(path);
      // Only a folder holding a project.db is ever removed, so a mistyped path cannot wipe other files.
      if (!isProjectFolder(dir)) throw new StudioError('PROJECT_NOT_FOUND', `No Neurona project at ${dir}; nothing was deleted`, { path: dir });
      refuseWhileTraining(dir, 'delete');
      ctx.projects.close(dir);
      rmSync(dir, { recursive: true, force: true });
      ctx.recent.forget(dir);
      return { ok: true as const };
    },
    'projects.forget': ({ path }) => {
      ctx.recent.forget(path);
      return { ok: true as const };
    },
  };
}
