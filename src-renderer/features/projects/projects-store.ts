import { create } from 'zustand';
import type { ProjectSummary } from '../../../src-shared/contract';
import { asApiError, type ApiError } from '../../api/api-error';
import { api } from '../../api/studio-api';

interface ProjectsState {
  recent: ProjectSummary[];
  defaultDir: string;
  loaded: boolean;
  error: ApiError | null;
  /** Set by the desktop menu (File > New project / Open project…) so the form takes the focus. */
  focusRequest: { form: 'new' | 'open'; at: number } | null;
  load(): Promise<void>;
  create(name: string, parentDir: string | undefined): Promise<ProjectSummary>;
  open(path: string): Promise<ProjectSummary>;
  rename(path: string, name: string): Promise<ProjectSummary>;
  remove(path: string): Promise<void>;
  forget(path: string): Promise<void>;
  requestFocus(form: 'new' | 'open'): void;
}

export const useProjects = create<ProjectsState>((set, get) => ({
  recent: [],
  defaultDir: '',
  loaded: false,
  error: null,
  focusRequest: null,
  async load() {
    try {
      const { recent, defaultDir } = await api.call('projects.list', {});
      set({ recent, defaultDir, loaded: true, error: null });
    } catch (err) {
      set({ loaded: true, error: asApiError(err) });
    }
  },
  async create(name, parentDir) {
    const project = await api.call('projects.create', parentDir ? { name, parentDir } : { name });
    void get().load();
    return project;
  },
  async open(path) {
    const project = await api.call('projects.open', { path });
    void get().load();
    return project;
  },
  async rename(path, name) {
    const project = await api.call('projects.rename', { path, name });
    await get().load();
    return project;
  },
  async remove(path) {
    await api.call('projects.delete', { path });
    set({ recent: get().recent.filter((p) => p.path !== path) });
    await get().load();
  },
  async forget(path) {
    await api.call('projects.forget', { path });
    set({ recent: get().recent.filter((p) => p.path !== path) });
    await get().load();
  },
  requestFocus(form) {
    set({ focusRequest: { form, at: Date.now() } });
  },
}));
