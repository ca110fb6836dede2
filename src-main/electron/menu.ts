import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../src-shared/contract/studio-bridge';
import { HELP_LINKS } from './external-links';
import { MENU_LABELS, shellLanguage } from './shell-texts';

export { shellLanguage as menuLanguage } from './shell-texts';

export interface RecentMenuEntry {
  path: string;
  name: string;
}

export interface MenuOptions {
  /** app.getLocale() */
  locale: string;
  /** electron-vite dev: adds Reload and developer tools. */
  isDev: boolean;
  platform: NodeJS.Platform;
  /** The recent-projects list, most recent first (File > Open recent). */
  recent?: readonly RecentMenuEntry[];
  /** Sends a command to the focused window's renderer. */
  onCommand: (command: MenuCommand) => void;
  onOpenRecent?: (path: string) => void;
  onClearRecent?: () => void;
  /** Opens a documentation link in the system browser (through the allow-list). */
  onOpenLink?: (url: string) => void;
  onAbout: () => void;
}

const MAX_RECENT_ITEMS = 10;

/** The application menu: File, Edit, View, Help, in the user's language. */
export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const t = MENU_LABELS[shellLanguage(options.locale)];
  const isMac = options.platform === 'darwin';
  const recent = (options.recent ?? []).slice(0, MAX_RECENT_ITEMS);
  const openRecent: MenuItemConstructorOptions[] =
    recent.length === 0
      ? [{ label: t.noRecent, enabled: false }]
      : [
          ...recent.map((entry): MenuItemConstructorOptions => ({ label: entry.name, toolTip: entry.path, click: () => options.onOpenRecent?.(entry.path) })),
          { type: 'separator' },
          { label: t.clearRecent, click: () => options.onClearRecent?.() },
        ];
  const view: MenuItemConstructorOptions[] = [
    ...(options.isDev
      ? ([
          { label: t.reload, role: 'reload' },
          { label: t.devTools, role: 'toggleDevTools' },
          { type: 'separator' },
        ] satisfies MenuItemConstructorOptions[])
      : []),
    { label: t.resetZoom, role: 'resetZoom' },
    { label: t.zoomIn, role: 'zoomIn' },
    { label: t.zoomOut, role: 'zoomOut' },
    { type: 'separator' },
    { label: t.fullScreen, role: 'togglefullscreen' },
  ];
  const link = (label: string, url: string): MenuItemConstructorOptions => ({ label, click: () => options.onOpenLink?.(url) });
  // Our own About on macOS too: the native panel cannot say which training backend is in use.
  const appMenu: MenuItemConstructorOptions = {
    label: 'Neurona Studio',
    submenu: [
      { label: t.about, click: options.onAbout },
      { type: 'separator' },
      { label: t.services, role: 'services' },
      { type: 'separator' },
      { label: t.hide, role: 'hide' },
      { label: t.hideOthers, role: 'hideOthers' },
      { label: t.showAll, role: 'unhide' },
      { type: 'separator' },
      { label: t.quit, role: 'quit' },
    ],
  };
  return [
    ...(isMac ? [appMenu] : []),
    {
      label: t.file,
      submenu: [
        { label: t.newProject, accelerator: 'CmdOrCtrl+N', click: () => options.onCommand('project.new') },
        { label: t.openProject, accelerator: 'CmdOrCtrl+O', click: () => options.onCommand('project.open') },
        { label: t.openRecent, submenu: openRecent },
        { type: 'separator' },
        { label: t.importProject, click: () => options.onCommand('project.import') },
        { label: t.exportProject, accelerator: 'CmdOrCtrl+Shift+E', click: () => options.onCommand('project.export') },
        ...(isMac ? [] : ([{ type: 'separator' }, { label: t.quit, role: 'quit' }] satisfies MenuItemConstructorOptions[])),
      ],
    },
    {
      label: t.edit,
      submenu: [
        { label: t.undo, role: 'undo' },
        { label: t.redo, role: 'redo' },
        { type: 'separator' },
        { label: t.cut, role: 'cut' },
        { label: t.copy, role: 'copy' },
        { label: t.paste, role: 'paste' },
        { label: t.selectAll, role: 'selectAll' },
      ],
    },
    { label: t.view, submenu: view },
    {
      label: t.help,
      role: 'help',
      submenu: [
        link(t.tfjsSaveLoad, HELP_LINKS.tfjsSaveLoad),
        link(t.tfjsApi, HELP_LINKS.tfjsApi),
        link(t.kerasCallbacks, HELP_LINKS.kerasCallbacks),
        ...(isMac ? [] : ([{ type: 'separator' }, { label: t.about, click: options.onAbout }] satisfies MenuItemConstructorOptions[])),
      ],
    },
  ];
}
