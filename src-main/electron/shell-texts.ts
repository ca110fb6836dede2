import type { BackendId } from '../../src-shared/training/backends';

// What the desktop shell itself says (menu, About, update offer), in English and Spanish (tú).
// The renderer has its own locale files; these are shown by main before or outside any page.

export type ShellLanguage = 'en' | 'es';

/** Spanish for any Spanish locale (es, es-ES, es-419, …), English otherwise. */
export function shellLanguage(locale: string): ShellLanguage {
  return /^es\b/i.test(locale) ? 'es' : 'en';
}

export const MENU_LABELS = {
  en: {
    file: 'File',
    newProject: 'New project',
    openProject: 'Open project…',
    openRecent: 'Open recent',
    noRecent: 'No recent projects',
    clearRecent: 'Clear the list',
    importProject: 'Import project…',
    exportProject: 'Export project…',
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
    tfjsSaveLoad: 'TensorFlow.js: saving and loading models',
    tfjsApi: 'TensorFlow.js API reference',
    kerasCallbacks: 'Keras callbacks',
    about: 'About Neurona Studio',
    services: 'Services',
    hide: 'Hide Neurona Studio',
    hideOthers: 'Hide others',
    showAll: 'Show all',
  },
  es: {
    file: 'Archivo',
    newProject: 'Nuevo proyecto',
    openProject: 'Abrir proyecto…',
    openRecent: 'Abrir reciente',
    noRecent: 'No hay proyectos recientes',
    clearRecent: 'Vaciar la lista',
    importProject: 'Importar proyecto…',
    exportProject: 'Exportar proyecto…',
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
    tfjsSaveLoad: 'TensorFlow.js: guardar y cargar modelos',
    tfjsApi: 'Referencia de la API de TensorFlow.js',
    kerasCallbacks: 'Callbacks de Keras',
    about: 'Acerca de Neurona Studio',
    services: 'Servicios',
    hide: 'Ocultar Neurona Studio',
    hideOthers: 'Ocultar otros',
    showAll: 'Mostrar todo',
  },
} satisfies Record<ShellLanguage, Record<string, string>>;

const BACKEND_NAMES: Record<ShellLanguage, Record<BackendId, string>> = {
  en: { 'tfjs-node-gpu': 'TensorFlow native with CUDA GPU', 'tfjs-node': 'TensorFlow native on the CPU', wasm: 'WebAssembly', cpu: 'plain JavaScript (slowest)' },
  es: { 'tfjs-node-gpu': 'TensorFlow nativo con GPU CUDA', 'tfjs-node': 'TensorFlow nativo en la CPU', wasm: 'WebAssembly', cpu: 'JavaScript puro (el más lento)' },
};

export interface AboutFacts {
  version: string;
  versions: { electron?: string; chrome?: string; node?: string };
  /** The backend `auto` picks on this computer, or null when the probe did not answer in time. */
  backend: BackendId | null;
}

/** The About box's detail lines. */
export function aboutDetail(lang: ShellLanguage, facts: AboutFacts): string {
  const backend = facts.backend ? `${facts.backend} — ${BACKEND_NAMES[lang][facts.backend]}` : lang === 'es' ? 'aún comprobándolo' : 'still being checked';
  const label = lang === 'es' ? 'Backend de entrenamiento' : 'Training backend';
  return [
    `${label}: ${backend}`,
    `Electron ${facts.versions.electron ?? '?'} · Chromium ${facts.versions.chrome ?? '?'} · Node.js ${facts.versions.node ?? '?'}`,
  ].join('\n');
}

export const UPDATE_TEXTS = {
  en: {
    title: 'Update available',
    message: (version: string) => `Neurona Studio ${version} is available.`,
    detail: 'Download it now? It is installed the next time you quit the app.',
    download: 'Download',
    later: 'Later',
  },
  es: {
    title: 'Actualización disponible',
    message: (version: string) => `Ya está disponible Neurona Studio ${version}.`,
    detail: '¿Quieres descargarla ahora? Se instalará la próxima vez que cierres la app.',
    download: 'Descargar',
    later: 'Más tarde',
  },
} satisfies Record<ShellLanguage, unknown>;
