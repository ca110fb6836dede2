import { create } from 'zustand';
import type { ExportSummary } from '../../../src-shared/contract';
import { asApiError, type ApiError } from '../../api/api-error';
import { api } from '../../api/studio-api';

interface ExportsState {
  projectPath: string | null;
  exports: ExportSummary[];
  loaded: boolean;
  error: ApiError | null;
  load(projectPath: string): Promise<void>;
  create(projectPath: string, runId: number, dir: string | undefined): Promise<ExportSummary>;
}

export const useExports = create<ExportsState>((set, get) => ({
  projectPath: null,
  exports: [],
  loaded: false,
  error: null,
  async load(projectPath) {
    if (get().projectPath !== projectPath) set({ projectPath, exports: [], loaded: false, error: null });
    try {
      const exports = await api.call('exports.list', { projectPath });
      if (get().projectPath === projectPath) set({ exports: [...exports].sort((a, b) => b.id - a.id), loaded: true, error: null });
    } catch (err) {
      if (get().projectPath === projectPath) set({ loaded: true, error: asApiError(err) });
    }
  },
  async create(projectPath, runId, dir) {
    const created = await api.call('exports.create', dir ? { projectPath, runId, dir } : { projectPath, runId });
    if (get().projectPath === projectPath) set({ exports: [created, ...get().exports.filter((e) => e.id !== created.id)] });
    return created;
  },
}));
