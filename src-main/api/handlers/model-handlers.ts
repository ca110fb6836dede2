import type { Handlers } from '../router';
import type { StudioContext } from '../context';
import { listTemplateInfos } from '../../../src-shared/graph/templates';
import { listModels } from '../../store/repos/models-repo';
import { createDefaultModel, modelDetail, saveModel } from '../../models/model-service';

type ModelHandlers = Pick<Handlers, 'models.templates' | 'models.list' | 'models.get' | 'models.createDefault' | 'models.save'>;

export function createModelHandlers(ctx: StudioContext): ModelHandlers {
  return {
    'models.templates': () => listTemplateInfos(),
    'models.list': ({ projectPath }) =>
      listModels(ctx.projects.get(projectPath).db).map((m) => ({
        id: m.id,
        name: m.name,
        datasetId: m.dataset_id,
        template: m.template,
        version: m.version,
        createdAt: m.created_at,
        updatedAt: m.updated_at,
      })),
    'models.get': ({ projectPath, modelId, datasetId }) => modelDetail(ctx.projects.get(projectPath), modelId, datasetId),
    'models.createDefault': ({ projectPath, datasetId, template, name }) => createDefaultModel(ctx.projects.get(projectPath), datasetId, { template, name }),
    'models.save': ({ projectPath, ...input }) => saveModel(ctx.projects.get(projectPath), input),
  };
}
