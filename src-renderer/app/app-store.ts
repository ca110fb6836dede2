import { create } from 'zustand';
import type { AppInfo, BackendProbe } from '../../src-shared/contract';
import type { BackendId } from '../../src-shared/training/backends';
import type { ApiError } from '../api/api-error';
import type { ConnectionState } from '../api/transport';

interface AppState {
  info: AppInfo | null;
  /** The browser-mode server refused the token: the app shows how to open it properly. */
  unauthorized: boolean;
  connection: ConnectionState;
  backends: { list: BackendProbe[]; auto: BackendId } | null;
  /** Start-up could not reach the API at all (server gone, network error). */
  bootError: ApiError | null;
}

export const useAppStore = create<AppState>(() => ({
  info: null,
  unauthorized: false,
  connection: 'open',
  backends: null,
  bootError: null,
}));

/** Native pickers exist only in the desktop app; browser mode types paths. */
export function useHasNativePickers(): boolean {
  return useAppStore((s) => s.info?.mode === 'electron');
}
