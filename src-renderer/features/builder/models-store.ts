import { create } from 'zustand';
import type { ModelDetail, ModelSummary, TemplateInfo } from '../../../src-shared/contract';
import { asApiError, type ApiError } from '../../api/api-error';
import { api } from '../../api/studio-api';

interface ModelsState {
  projectPath: string | null;
  models: ModelSummary[];
  templates: TemplateInfo[];
  loaded: boolean;
  error: ApiError | null;
  load(projectPath: string): Promise<void>;
  createDefault(projectPath: string, input: { datasetId: number; template?: string; name?: string }): Promise<ModelDetail>;
}

/** The models of the open project (the Train tab picks from it too) and the template catalogue. */
export const useModels = create<ModelsState>((set, get) => ({
  projectPath: null,
  models: [],
  templates: [],
  loaded: false,
  error: null,
  async load(projectPath) {
    if (get().projectPath !== projectPath) set({ projectPath, models: [], loaded: false, error: null });
    try {
      const [models, templates] = await Promise.all([
        api.call('models.list', { projectPath }),
        get().templates.length > 0 ? Promise.resolve(get().templates) : api.call('models.templates', {}),
      ]);
      if (get().projectPath === projectPath) set({ models, templates, loaded: true, error: null });
    } catch (err) {
      if (get().projectPath === projectPath) set({ loaded: true, error: asApiError(err) });
    }
  },
  async createDefault(projectPath, input) {
    const detail = await api.call('models.createDefault', { projectPath, ...input });
    if (get().projectPath === projectPath) {
      const { graph: _graph, layers: _layers, totalParams: _total, issues: _issues, ...summary } = detail;
      set({ models: [...get().models.filter((m) => m.id !== detail.id), summary] });
    }
    return detail;
  },
}));
