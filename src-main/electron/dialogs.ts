import type { BaseWindow, Dialog, OpenDialogOptions, OpenDialogReturnValue } from 'electron';
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
export function createNativeDialogs(dialog: Pick<Dialog, 'showOpenDialog'>, focusedWindow: () => BaseWindow | null): HostDialogs {
  const show = (options: OpenDialogOptions) => {
    const parent = focusedWindow();
    return parent ? dialog.showOpenDialog(parent, options) : dialog.showOpenDialog(options);
  };
  return {
    async pickDirectory({ title, defaultPath }) {
      return chosenPath(await show({ title, defaultPath, properties: ['openDirectory', 'createDirectory'] }));
    },
    async pickFile({ title, defaultPath, extensions }) {
      const exts = normaliseExtensions(extensions);
      const filters = exts.length > 0 ? [{ name: exts.map((e) => e.toUpperCase()).join(', '), extensions: exts }] : undefined;
      return chosenPath(await show({ title, defaultPath, filters, properties: ['openFile'] }));
    },
  };
}
