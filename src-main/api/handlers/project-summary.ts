import type { ProjectSummary } from '../../../src-shared/contract';
import { StudioError } from '../../../src-shared/errors';
import { getProject } from '../../store/repos/project-repo';
import type { StudioContext } from '../context';

/** Opens a project, puts it at the top of the recent list and describes it. */
export function openProjectSummary(ctx: StudioContext, dir: string): ProjectSummary {
  const project = ctx.projects.get(dir);
  const name = getProject(project.db)?.name ?? dir;
  const entry = ctx.recent.touch(project.dir, name);
  return { path: project.dir, name, openedAt: entry.openedAt, exists: true };
}

/** Renaming, deleting or packing a project while a worker writes into it would race the worker. */
export function refuseWhileTraining(ctx: StudioContext, dir: string, action: string): void {
  if (ctx.runs.hasActiveRuns(dir)) {
    throw new StudioError('RUN_ALREADY_ACTIVE', `Stop the training that is running in this project before you ${action} it`, { path: dir });
  }
}
