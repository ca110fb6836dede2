import { create } from 'zustand';
import type { InspectedPath, ShellRequest } from '../../../src-shared/contract';
import type { ErrorLike } from '../../ui/error-text';

/** A CSV file or image folder to import into the open project, from a drop or the OS. */
export interface DataImportRequest {
  kind: 'csv' | 'imageFolder';
  path: string;
  projectPath: string;
  /** The dropped File, when there is one: its first lines give the CSV's columns. */
  file: Blob | null;
}

interface DesktopState {
  /** Paths from the shell (command line, second instance, open-file, Open recent), in arrival order. */
  shellQueue: ShellRequest[];
  dataImport: DataImportRequest | null;
  /** Why the last drop or shell request could not be opened; shown until dismissed. */
  notice: ErrorLike | null;
  dragging: boolean;
}

export const useDesktop = create<DesktopState>(() => ({ shellQueue: [], dataImport: null, notice: null, dragging: false }));

/** Registered by start-up before the page finishes loading, so no request from main is lost. */
export function queueShellRequest(request: ShellRequest): void {
  useDesktop.setState({ shellQueue: [...useDesktop.getState().shellQueue, request] });
}

export function takeShellRequests(): ShellRequest[] {
  const queue = useDesktop.getState().shellQueue;
  if (queue.length > 0) useDesktop.setState({ shellQueue: [] });
  return queue;
}

export function showNotice(notice: ErrorLike | null): void {
  useDesktop.setState({ notice });
}

export type { InspectedPath };
