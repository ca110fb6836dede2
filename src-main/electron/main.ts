// The Electron shell: one instance, secure windows on app://neurona, the studio's API over IPC.
// Everything with a decision in it lives in the small modules imported here, each with its tests.
import { join } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, shell } from 'electron';
import { createStudio } from '../api/studio';
import { createUtilityProcessLauncher } from '../training/worker/utility-process-launcher';
import { APP_ENTRY_URL, APP_SCHEME, trustedOrigins } from './app-origin';
import { APP_SCHEME_PRIVILEGES, createAppProtocolHandler } from './app-protocol';
import { createNativeDialogs } from './dialogs';
import { MENU_CHANNEL } from './ipc-channels';
import { buildMenuTemplate } from './menu';
import { guardNavigation } from './navigation-guard';
import { applyPermissionPolicy } from './permission-policy';
import { closeBeforeQuit } from './quit-sequence';
import { forwardStudioEvents, handleStudioInvoke } from './studio-ipc';
import { secureWindowOptions } from './window-options';

// out/main/index.js -> out/preload, out/renderer, out/main/worker.js
const OUT_DIR = join(import.meta.dirname, '..');
const PRELOAD_PATH = join(OUT_DIR, 'preload', 'preload.cjs');
const RENDERER_DIR = join(OUT_DIR, 'renderer');
const WORKER_PATH = join(OUT_DIR, 'main', 'worker.js');

const devServerUrl = process.env['ELECTRON_RENDERER_URL'];
const isDev = Boolean(devServerUrl);
const origins = trustedOrigins(devServerUrl);
const windows = new Set<BrowserWindow>();

// Must happen before `ready`.
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);

function createWindow(): BrowserWindow {
  const win = new BrowserWindow(secureWindowOptions({ preloadPath: PRELOAD_PATH, title: 'Neurona Studio' }));
  windows.add(win);
  win.on('closed', () => windows.delete(win));
  win.once('ready-to-show', () => win.show());
  void win.loadURL(devServerUrl ?? APP_ENTRY_URL);
  return win;
}

function focusedOrFirstWindow(): BrowserWindow | null {
  return BrowserWindow.getFocusedWindow() ?? windows.values().next().value ?? null;
}

function installMenu(): void {
  const template = buildMenuTemplate({
    locale: app.getLocale(),
    isDev,
    platform: process.platform,
    onCommand: (command) => focusedOrFirstWindow()?.webContents.send(MENU_CHANNEL, command),
    onAbout: () => {
      void dialog.showMessageBox({ type: 'info', title: 'Neurona Studio', message: `Neurona Studio ${app.getVersion()}`, detail: `Electron ${process.versions.electron}` });
    },
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

async function start(): Promise<void> {
  await app.whenReady();
  protocol.handle(APP_SCHEME, createAppProtocolHandler(RENDERER_DIR));
  applyPermissionPolicy(session.defaultSession, origins);

  const studio = await createStudio(
    {
      mode: 'electron',
      dataDir: app.getPath('userData'),
      defaultProjectsDir: app.getPath('documents'),
      launcher: createUtilityProcessLauncher(WORKER_PATH),
      dialogs: createNativeDialogs(dialog, () => BrowserWindow.getFocusedWindow()),
      appVersion: app.getVersion(),
    },
    // Internal (non-StudioError) failures with their stacks, on main's stderr.
    { log: (line) => console.error(line) },
  );
  closeBeforeQuit(app, () => studio.close(), { onError: (err) => console.error('Closing the studio failed:', err) });

  handleStudioInvoke({
    ipcMain,
    router: studio.router,
    windowIds: () => new Set([...windows].filter((w) => !w.isDestroyed()).map((w) => w.webContents.id)),
    origins,
  });
  forwardStudioEvents(studio.events, () => windows);

  installMenu();
  createWindow();
  app.on('activate', () => {
    if (windows.size === 0) createWindow();
  });
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  // Every webContents, including any the app did not mean to create, stays on the app's pages.
  app.on('web-contents-created', (_event, contents) => {
    guardNavigation(contents, { origins, openExternal: (url) => void shell.openExternal(url) });
  });
  app.on('second-instance', () => {
    const win = focusedOrFirstWindow();
    if (!win) return;
    if (win.isMinimized()) win.restore();
    win.focus();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  start().catch((err: unknown) => {
    const message = err instanceof Error ? err.message : String(err);
    console.error('Neurona Studio could not start:', err);
    dialog.showErrorBox('Neurona Studio could not start', message);
    app.exit(1);
  });
}
