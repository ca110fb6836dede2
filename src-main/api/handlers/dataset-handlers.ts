import { basename } from 'node:path';
import type { Handlers } from '../router';
import type { StudioContext } from '../context';
import {
  addSampleDataset,
  datasetSummary,
  deleteDataset,
  importCsv,
  importImageFolder,
  listDatasetSummaries,
  listSampleRows,
  type ImportProgress,
} from '../../datasets';

type DatasetHandlers = Pick<
  Handlers,
  'datasets.list' | 'datasets.get' | 'datasets.addSample' | 'datasets.importCsv' | 'datasets.importFolder' | 'datasets.samples' | 'datasets.delete'
>;

export function createDatasetHandlers(ctx: StudioContext): DatasetHandlers {
  const progressFor =
    (projectPath: string, source: string): ImportProgress =>
    (done, total) =>
      ctx.events.emit('import.progress', { projectPath, source, done, total });

  return {
    'datasets.list': ({ projectPath }) => listDatasetSummaries(ctx.projects.get(projectPath)),
    'datasets.get': ({ projectPath, datasetId }) => datasetSummary(ctx.projects.get(projectPath), datasetId),
    'datasets.addSample': async ({ projectPath, sample, name }) => {
      const project = ctx.projects.get(projectPath);
      const id = await addSampleDataset(project, sample, progressFor(project.dir, sample), { name });
      return datasetSummary(project, id);
    },
    'datasets.importCsv': async ({ projectPath, ...input }) => {
      const project = ctx.projects.get(projectPath);
      return datasetSummary(project, await importCsv(project, input));
    },
    'datasets.importFolder': async ({ projectPath, folderPath, name }) => {
      const project = ctx.projects.get(projectPath);
      const id = await importImageFolder(project, { folderPath, name }, progressFor(project.dir, basename(folderPath)));
      return datasetSummary(project, id);
    },
    'datasets.samples': ({ projectPath, datasetId, offset, limit, split }) => listSampleRows(ctx.projects.get(projectPath), datasetId, { offset, limit, split }),
    'datasets.delete': ({ projectPath, datasetId }) => {
      deleteDataset(ctx.projects.get(projectPath), datasetId);
      return { ok: true as const };
    },
  };
}
