import type { Handlers } from '../router';
import type { StudioContext } from '../context';
import { defaultExportDir, exportRun } from '../../export/export-tfjs';
import { loadRunSummary } from '../../training/run-summary';
import { listExports } from '../../store/repos/exports-repo';

type ExportHandlers = Pick<Handlers, 'exports.list' | 'exports.defaultDir' | 'exports.create'>;

export function createExportHandlers(ctx: StudioContext): ExportHandlers {
  return {
    'exports.list': ({ projectPath }) =>
      listExports(ctx.projects.get(projectPath).db).map((e) => ({
        id: e.id,
        runId: e.run_id,
        format: 'tfjs-layers' as const,
        dir: e.path,
        files: JSON.parse(e.files) as string[],
        createdAt: e.created_at,
      })),
    'exports.defaultDir': ({ projectPath, runId }) => {
      const project = ctx.projects.get(projectPath);
      return { dir: defaultExportDir(project, loadRunSummary(project, runId).modelName, runId) };
    },
    'exports.create': ({ projectPath, runId, dir }) => exportRun(ctx.projects.get(projectPath), runId, { dir, appVersion: ctx.host.appVersion }),
  };
}
