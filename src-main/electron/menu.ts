import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../src-shared/contract/studio-bridge';

type MenuLanguage = 'en' | 'es';

const LABELS = {
  en: {
    file: 'File',
    newProject: 'New project',
    openProject: 'Open project…',
    quit: 'Quit',
    edit: 'Edit',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select all',
    view: 'View',
    reload: 'Reload',
    devTools: 'Toggle developer tools',
    resetZoom: 'Actual size',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    fullScreen: 'Toggle full screen',
    help: 'Help',
    about: 'About Neurona Studio',
  },
  es: {
    file: 'Archivo',
    newProject: 'Nuevo proyecto',
    openProject: 'Abrir proyecto…',
    quit: 'Salir',
    edit: 'Edición',
    undo: 'Deshacer',
    redo: 'Rehacer',
    cut: 'Cortar',
    copy: 'Copiar',
    paste: 'Pegar',
    selectAll: 'Seleccionar todo',
    view: 'Ver',
    reload: 'Recargar',
    devTools: 'Herramientas de desarrollo',
    resetZoom: 'Tamaño real',
    zoomIn: 'Acercar',
    zoomOut: 'Alejar',
    fullScreen: 'Pantalla completa',
    help: 'Ayuda',
    about: 'Acerca de Neurona Studio',
  },
} satisfies Record<MenuLanguage, Record<string, string>>;

/** Spanish for any Spanish locale (es, es-ES, es-419, …), English otherwise. */
export function menuLanguage(locale: string): MenuLanguage {
  return /^es\b/i.test(locale) ? 'es' : 'en';
}

export interface MenuOptions {
  /** app.getLocale() */
  locale: string;
  /** electron-vite dev: adds Reload and developer tools. */
  isDev: boolean;
  platform: NodeJS.Platform;
  /** Sends a command to the focused window's renderer. */
  onCommand: (command: MenuCommand) => void;
  onAbout: () => void;
}

/** The application menu: File, Edit, View, Help, in the user's language. */
export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const t = LABELS[menuLanguage(options.locale)];
  const isMac = options.platform === 'darwin';
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
  return [
    ...(isMac ? ([{ role: 'appMenu' }] satisfies MenuItemConstructorOptions[]) : []),
    {
      label: t.file,
      submenu: [
        { label: t.newProject, accelerator: 'CmdOrCtrl+N', click: () => options.onCommand('project.new') },
        { label: t.openProject, accelerator: 'CmdOrCtrl+O', click: () => options.onCommand('project.open') },
        { type: 'separator' },
        { label: t.quit, role: 'quit' },
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
    { label: t.help, role: 'help', submenu: [{ label: t.about, click: options.onAbout }] },
  ];
}
