import type { Handlers } from '../router';
import type { StudioContext } from '../context';
import { exportRun } from '../../export/export-tfjs';
import { listExports } from '../../store/repos/exports-repo';

type ExportHandlers = Pick<Handlers, 'exports.list' | 'exports.create'>;

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
    'exports.create': ({ projectPath, runId, dir }) => exportRun(ctx.projects.get(projectPath), runId, { dir, appVersion: ctx.host.appVersion }),
  };
}
