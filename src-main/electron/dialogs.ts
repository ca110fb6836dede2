import type { BaseWindow, Dialog, OpenDialogOptions, OpenDialogReturnValue, SaveDialogOptions } from 'electron';
import type { HostDialogs } from '../api/host';

/** "csv", ".CSV" and "*.csv" all mean the extension csv; anything else is dropped. */
export function normaliseExtensions(extensions: readonly string[] | undefined): string[] {
  const out = new Set<string>();
  for (const raw of extensions ?? []) {
    const ext = raw.trim().replace(/^\*?\./, '').toLowerCase();
    if (/^[a-z0-9]+$/.test(ext)) out.add(ext);
  }
  return [...out];
}

/** The first chosen path, or null when the user cancelled. */
function chosenPath(result: OpenDialogReturnValue): string | null {
  return result.canceled ? null : (result.filePaths[0] ?? null);
}

/**
 * Native folder and file pickers for the studio, attached to the focused window when there is
 * one (so the dialog is modal to it).
 */
export function createNativeDialogs(dialog: Pick<Dialog, 'showOpenDialog' | 'showSaveDialog'>, focusedWindow: () => BaseWindow | null): HostDialogs {
  const show = (options: OpenDialogOptions) => {
    const parent = focusedWindow();
    return parent ? dialog.showOpenDialog(parent, options) : dialog.showOpenDialog(options);
  };
  const filtersFor = (extensions: readonly string[] | undefined) => {
    const exts = normaliseExtensions(extensions);
    return exts.length > 0 ? [{ name: exts.map((e) => e.toUpperCase()).join(', '), extensions: exts }] : undefined;
  };
  return {
    async pickDirectory({ title, defaultPath }) {
      return chosenPath(await show({ title, defaultPath, properties: ['openDirectory', 'createDirectory'] }));
    },
    async pickFile({ title, defaultPath, extensions }) {
      return chosenPath(await show({ title, defaultPath, filters: filtersFor(extensions), properties: ['openFile'] }));
    },
    async pickSaveFile({ title, defaultPath, extensions }) {
      const options: SaveDialogOptions = { title, defaultPath, filters: filtersFor(extensions), properties: ['createDirectory', 'showOverwriteConfirmation'] };
      const parent = focusedWindow();
      const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
  };
}
