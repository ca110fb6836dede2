import { create } from 'zustand';
import type { EventPayload } from '../../../src-shared/contract';
import { api } from '../../api/studio-api';

export type ImportProgress = EventPayload<'import.progress'>;

interface ImportProgressState {
  /** The latest import.progress event per project, while an import runs. */
  byProject: Record<string, ImportProgress>;
  clear(projectPath: string): void;
}

export const useImportProgress = create<ImportProgressState>((set, get) => ({
  byProject: {},
  clear(projectPath) {
    const next = { ...get().byProject };
    delete next[projectPath];
    set({ byProject: next });
  },
}));

/** Started once at start-up: import.progress events feed the store. */
export function followImportProgress(): () => void {
  return api.on('import.progress', (p) => {
    useImportProgress.setState({ byProject: { ...useImportProgress.getState().byProject, [p.projectPath]: p } });
  });
}

export function useImportProgressFor(projectPath: string): ImportProgress | null {
  return useImportProgress((s) => s.byProject[projectPath] ?? null);
}
