import { create } from 'zustand';

// Which sharing dialog is open. Opened from the Projects screen, a project row, the File menu
// and a dropped .neurona.zip; shown once, at the app's top level (SharingDialogs).

export interface ExportRequest {
  path: string;
  name: string;
}

interface SharingState {
  exporting: ExportRequest | null;
  /** `file` is the archive to import when it is already known (dropped, opened from the OS). */
  importing: { file: string } | null;
  requestExport(project: ExportRequest): void;
  requestImport(file?: string): void;
  close(): void;
}

export const useSharing = create<SharingState>((set) => ({
  exporting: null,
  importing: null,
  requestExport: (project) => set({ exporting: project, importing: null }),
  requestImport: (file) => set({ importing: { file: file ?? '' }, exporting: null }),
  close: () => set({ exporting: null, importing: null }),
}));
