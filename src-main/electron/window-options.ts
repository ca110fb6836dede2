import type { BrowserWindowConstructorOptions } from 'electron';
import { DEFAULT_SIZE, MIN_SIZE } from './window-state';

/**
 * The only way the shell makes windows. The renderer gets no Node: isolated context, OS sandbox,
 * no Node integration anywhere (workers, subframes), same-origin policy on, no <webview>.
 * Its sole door to main is the preload's `window.studio`.
 */
export function secureWindowOptions(options: {
  preloadPath: string;
  title: string;
  /** False in packaged builds: DevTools cannot be opened at all. */
  devTools: boolean;
  /** Where the window opens (remembered from last time); the default size, centred, otherwise. */
  bounds?: { x?: number; y?: number; width: number; height: number };
}): BrowserWindowConstructorOptions {
  return {
    title: options.title,
    ...(options.bounds ?? DEFAULT_SIZE),
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    show: false,
    backgroundColor: '#111827',
    webPreferences: {
      preload: options.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      // A file dropped on the window must not replace the app with that file.
      navigateOnDragDrop: false,
      spellcheck: false,
      devTools: options.devTools,
    },
  };
}
