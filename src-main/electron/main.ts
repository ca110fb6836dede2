// The Electron shell: one instance, secure windows on app://neurona, the studio's API over IPC.
// Everything with a decision in it lives in the small modules imported here, each with its tests.
import { join } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, screen, session, shell } from 'electron';
import { createStudio, type Studio } from '../api/studio';
import { inspectPath } from '../api/path-kind';
import type { ShellRequest } from '../../src-shared/contract';
import { createUtilityProcessLauncher } from '../training/worker/utility-process-launcher';
import { APP_ENTRY_URL, APP_SCHEME, trustedOrigins } from './app-origin';
import { APP_SCHEME_PRIVILEGES, createAppProtocolHandler } from './app-protocol';
import { devToolsAllowed, forbiddenDebugSwitch, keepDevToolsClosed } from './devtools-policy';
import { createNativeDialogs } from './dialogs';
import { isExternalLinkAllowed } from './external-links';
import { MENU_CHANNEL, SHELL_CHANNEL } from './ipc-channels';
import { launchPaths } from './launch-paths';
import { buildMenuTemplate } from './menu';
import { guardNavigation } from './navigation-guard';
import { applyPermissionPolicy } from './permission-policy';
import { closeBeforeQuit } from './quit-sequence';
import { ShellRequestQueue } from './shell-requests';
import { aboutDetail, shellLanguage, UPDATE_TEXTS } from './shell-texts';
import { forwardStudioEvents, handleStudioInvoke } from './studio-ipc';
import { startUpdateCheck, type UpdaterLike } from './update-check';
import { secureWindowOptions } from './window-options';
import { initialBounds, readWindowState, trackWindowState, writeWindowState } from './window-state';

// out/main/index.js -> out/preload, out/renderer, out/main/worker.js
const OUT_DIR = join(import.meta.dirname, '..');
const PRELOAD_PATH = join(OUT_DIR, 'preload', 'preload.cjs');
const RENDERER_DIR = join(OUT_DIR, 'renderer');
const WORKER_PATH = join(OUT_DIR, 'main', 'worker.js');

const devServerUrl = process.env['ELECTRON_RENDERER_URL'];
const isDev = Boolean(devServerUrl);
const origins = trustedOrigins(devServerUrl);
const windows = new Set<BrowserWindow>();
let studio: Studio | null = null;

const shellRequests = new ShellRequestQueue((request) => {
  const win = focusedOrFirstWindow();
  if (!win || win.isDestroyed()) return false;
  win.webContents.send(SHELL_CHANNEL, request);
  return true;
});

// Must happen before `ready`.
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);

function focusedOrFirstWindow(): BrowserWindow | null {
  return BrowserWindow.getFocusedWindow() ?? windows.values().next().value ?? null;
}

function createWindow(): BrowserWindow {
  const stateFile = join(app.getPath('userData'), 'window-state.json');
  const { bounds, maximized } = initialBounds(
    readWindowState(stateFile),
    screen.getAllDisplays().map((d) => d.workArea),
  );
  const win = new BrowserWindow(secureWindowOptions({ preloadPath: PRELOAD_PATH, title: 'Neurona Studio', devTools: devToolsAllowed(app.isPackaged), bounds }));
  windows.add(win);
  trackWindowState(win, (state) => writeWindowState(stateFile, state));
  if (!devToolsAllowed(app.isPackaged)) keepDevToolsClosed(win.webContents);
  win.on('closed', () => {
    windows.delete(win);
    if (windows.size === 0) shellRequests.windowGone();
  });
  // The renderer registers its listener while its scripts run, before the load event.
  win.webContents.on('did-finish-load', () => shellRequests.windowReady());
  win.once('ready-to-show', () => {
    if (maximized) win.maximize();
    win.show();
  });
  void win.loadURL(devServerUrl ?? APP_ENTRY_URL);
  return win;
}

function focusWindow(): void {
  const win = focusedOrFirstWindow();
  if (!win) return;
  if (win.isMinimized()) win.restore();
  win.focus();
}

/** Paths from the command line, a second instance or the OS: checked here, then handed to the UI. */
function openPaths(paths: readonly string[]): void {
  for (const path of paths) {
    try {
      shellRequests.push(inspectPath(path));
    } catch (err) {
      console.error(`Not opened: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
}

function sendToUi(request: ShellRequest): void {
  shellRequests.push(request);
  focusWindow();
}

async function showAbout(): Promise<void> {
  const lang = shellLanguage(app.getLocale());
  const probe = studio?.context.runs.probeBackends().then((r) => r.auto, () => null) ?? Promise.resolve(null);
  const timeout = new Promise<null>((resolve) => setTimeout(() => resolve(null), 5_000).unref());
  const backend = await Promise.race([probe, timeout]);
  await dialog.showMessageBox({
    type: 'info',
    title: 'Neurona Studio',
    message: `Neurona Studio ${app.getVersion()}`,
    detail: aboutDetail(lang, { version: app.getVersion(), versions: process.versions, backend }),
  });
}

function installMenu(): void {
  const template = buildMenuTemplate({
    locale: app.getLocale(),
    isDev: isDev && devToolsAllowed(app.isPackaged),
    platform: process.platform,
    recent: studio?.context.recent.list() ?? [],
    onCommand: (command) => focusedOrFirstWindow()?.webContents.send(MENU_CHANNEL, command),
    onOpenRecent: (path) => sendToUi({ kind: 'project', path }),
    onClearRecent: () => {
      studio?.context.recent.clear();
      app.clearRecentDocuments();
    },
    onOpenLink: (url) => {
      if (isExternalLinkAllowed(url)) void shell.openExternal(url);
    },
    onAbout: () => void showAbout(),
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

async function offerUpdate(version: string): Promise<boolean> {
  const t = UPDATE_TEXTS[shellLanguage(app.getLocale())];
  const parent = focusedOrFirstWindow();
  const options = { type: 'info' as const, title: t.title, message: t.message(version), detail: t.detail, buttons: [t.download, t.later], defaultId: 0, cancelId: 1 };
  const { response } = parent ? await dialog.showMessageBox(parent, options) : await dialog.showMessageBox(options);
  return response === 0;
}

async function loadElectronUpdater(): Promise<UpdaterLike> {
  const updater = await import('electron-updater');
  return updater.autoUpdater ?? (updater as unknown as { default: { autoUpdater: UpdaterLike } }).default.autoUpdater;
}

async function start(): Promise<void> {
  await app.whenReady();
  protocol.handle(APP_SCHEME, createAppProtocolHandler(RENDERER_DIR));
  applyPermissionPolicy(session.defaultSession, origins);

  studio = await createStudio(
    {
      mode: 'electron',
      dataDir: app.getPath('userData'),
      defaultProjectsDir: app.getPath('documents'),
      launcher: createUtilityProcessLauncher(WORKER_PATH),
      dialogs: createNativeDialogs(dialog, () => BrowserWindow.getFocusedWindow()),
      desktop: {
        projectOpened: (path) => app.addRecentDocument(path),
        recentProjectsChanged: () => installMenu(),
      },
      appVersion: app.getVersion(),
    },
    // Internal (non-StudioError) failures with their stacks, on main's stderr.
    { log: (line) => console.error(line) },
  );
  const running = studio;
  closeBeforeQuit(app, () => running.close(), { onError: (err) => console.error('Closing the studio failed:', err) });

  handleStudioInvoke({
    ipcMain,
    router: running.router,
    windowIds: () => new Set([...windows].filter((w) => !w.isDestroyed()).map((w) => w.webContents.id)),
    origins,
  });
  forwardStudioEvents(running.events, () => windows);

  installMenu();
  createWindow();
  openPaths(launchPaths(process.argv, { cwd: process.cwd(), isPackaged: app.isPackaged }));
  app.on('activate', () => {
    if (windows.size === 0) createWindow();
  });
  // In the background: start-up never waits for the network.
  void startUpdateCheck({
    feedUrl: process.env['NEURONA_UPDATE_URL'],
    isPackaged: app.isPackaged,
    loadUpdater: loadElectronUpdater,
    offerDownload: offerUpdate,
    log: (line) => console.error(line),
  }).done;
}

const debugSwitch = forbiddenDebugSwitch(app.commandLine, app.isPackaged);
if (debugSwitch) {
  console.error(`Neurona Studio does not start with --${debugSwitch}: debugging is off in installed builds.`);
  app.exit(1);
} else if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  // Every webContents, including any the app did not mean to create, stays on the app's pages.
  app.on('web-contents-created', (_event, contents) => {
    guardNavigation(contents, { origins, openExternal: (url) => void shell.openExternal(url) });
  });
  // A second launch (a project double-clicked, `neurona-studio ~/Iris.neurona`) hands its paths here.
  app.on('second-instance', (_event, argv, workingDirectory) => {
    focusWindow();
    openPaths(launchPaths(argv, { cwd: workingDirectory, isPackaged: app.isPackaged }));
  });
  // macOS: a file or folder dropped on the Dock icon or opened from Finder; may come before ready.
  app.on('open-file', (event, path) => {
    event.preventDefault();
    openPaths([path]);
    focusWindow();
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
