import { create } from 'zustand';
import type { EventPayload } from '../../../src-shared/contract';
import { api } from '../../api/studio-api';

export type ArchiveProgress = EventPayload<'archive.progress'>;

/** The latest archive.progress event per archive file, while it is packed or unpacked. */
export const useArchiveProgress = create<{ byFile: Record<string, ArchiveProgress> }>(() => ({ byFile: {} }));

/** Started once at start-up. */
export function followArchiveProgress(): () => void {
  return api.on('archive.progress', (p) => {
    useArchiveProgress.setState({ byFile: { ...useArchiveProgress.getState().byFile, [p.file]: p } });
  });
}

export function clearArchiveProgress(file: string): void {
  const next = { ...useArchiveProgress.getState().byFile };
  delete next[file];
  useArchiveProgress.setState({ byFile: next });
}

/**
 * The export or import under way, if any. Keyed by operation, not file: the server settles the
 * file name (it adds `.neurona.zip`), and one window runs one archive operation at a time.
 */
export function useArchiveProgressFor(operation: ArchiveProgress['operation']): ArchiveProgress | null {
  return useArchiveProgress((s) => Object.values(s.byFile).find((p) => p.operation === operation && p.done < p.total) ?? null);
}
