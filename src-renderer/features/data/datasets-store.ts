import { create } from 'zustand';
import type { DatasetSummary, SampleDatasetId, Task } from '../../../src-shared/data/dataset';
import { asApiError, type ApiError } from '../../api/api-error';
import { api } from '../../api/studio-api';

interface DatasetsState {
  projectPath: string | null;
  datasets: DatasetSummary[];
  loaded: boolean;
  error: ApiError | null;
  load(projectPath: string): Promise<void>;
  addSample(projectPath: string, sample: SampleDatasetId, name?: string): Promise<DatasetSummary>;
  importCsv(projectPath: string, input: { filePath: string; target: string; name?: string; task?: Task }): Promise<DatasetSummary>;
  importFolder(projectPath: string, input: { folderPath: string; name?: string }): Promise<DatasetSummary>;
  remove(projectPath: string, datasetId: number): Promise<void>;
}

/** The datasets of the open project; other tabs read it for their pickers too. */
export const useDatasets = create<DatasetsState>((set, get) => {
  function adopt(projectPath: string, dataset: DatasetSummary): DatasetSummary {
    if (get().projectPath === projectPath) set({ datasets: [...get().datasets.filter((d) => d.id !== dataset.id), dataset] });
    return dataset;
  }
  return {
    projectPath: null,
    datasets: [],
    loaded: false,
    error: null,
    async load(projectPath) {
      if (get().projectPath !== projectPath) set({ projectPath, datasets: [], loaded: false, error: null });
      try {
        const datasets = await api.call('datasets.list', { projectPath });
        if (get().projectPath === projectPath) set({ datasets, loaded: true, error: null });
      } catch (err) {
        if (get().projectPath === projectPath) set({ loaded: true, error: asApiError(err) });
      }
    },
    async addSample(projectPath, sample, name) {
      return adopt(projectPath, await api.call('datasets.addSample', { projectPath, sample, name }));
    },
    async importCsv(projectPath, input) {
      return adopt(projectPath, await api.call('datasets.importCsv', { projectPath, ...input }));
    },
    async importFolder(projectPath, input) {
      return adopt(projectPath, await api.call('datasets.importFolder', { projectPath, ...input }));
    },
    async remove(projectPath, datasetId) {
      await api.call('datasets.delete', { projectPath, datasetId });
      if (get().projectPath === projectPath) set({ datasets: get().datasets.filter((d) => d.id !== datasetId) });
    },
  };
});
