import type { BrowserWindowConstructorOptions } from 'electron';

/**
 * The only way the shell makes windows. The renderer gets no Node: isolated context, OS sandbox,
 * no Node integration anywhere (workers, subframes), same-origin policy on, no <webview>.
 * Its sole door to main is the preload's `window.studio`.
 */
export function secureWindowOptions(options: { preloadPath: string; title: string }): BrowserWindowConstructorOptions {
  return {
    title: options.title,
    width: 1280,
    height: 820,
    minWidth: 900,
    minHeight: 600,
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
    },
  };
}
