import { describe, expect, it, vi } from 'vitest';
import { createNativeDialogs, normaliseExtensions } from './dialogs';

describe('native dialogs', () => {
  it('returns the chosen folder, attached to the focused window', async () => {
    const win = { id: 1 };
    const showOpenDialog = vi.fn(async () => ({ canceled: false, filePaths: ['/home/u/data/cats'] }));
    const dialogs = createNativeDialogs({ showOpenDialog } as never, () => win as never);
    await expect(dialogs.pickDirectory({ title: 'Pick', defaultPath: '/home/u' })).resolves.toBe('/home/u/data/cats');
    expect(showOpenDialog).toHaveBeenCalledWith(win, { title: 'Pick', defaultPath: '/home/u', properties: ['openDirectory', 'createDirectory'] });
  });

  it('returns null when the user cancels', async () => {
    const showOpenDialog = vi.fn(async () => ({ canceled: true, filePaths: [] }));
    const dialogs = createNativeDialogs({ showOpenDialog } as never, () => null);
    await expect(dialogs.pickFile({})).resolves.toBeNull();
    expect(showOpenDialog).toHaveBeenCalledWith({ title: undefined, defaultPath: undefined, filters: undefined, properties: ['openFile'] });
  });

  it('filters files by the normalised extensions', async () => {
    const showOpenDialog = vi.fn(async () => ({ canceled: false, filePaths: ['/d/iris.csv'] }));
    const dialogs = createNativeDialogs({ showOpenDialog } as never, () => null);
    await expect(dialogs.pickFile({ extensions: ['.CSV', 'tsv'] })).resolves.toBe('/d/iris.csv');
    expect(showOpenDialog).toHaveBeenCalledWith(expect.objectContaining({ filters: [{ name: 'CSV, TSV', extensions: ['csv', 'tsv'] }] }));
  });

  it('normalises extensions and drops junk', () => {
    expect(normaliseExtensions(['csv', '.CSV', '*.json', ' png ', '../x', 'a b', ''])).toEqual(['csv', 'json', 'png']);
    expect(normaliseExtensions(undefined)).toEqual([]);
  });
});

describe('save dialog', () => {
  it('returns the chosen file; the OS confirms replacing one', async () => {
    const showSaveDialog = vi.fn(async () => ({ canceled: false, filePath: '/home/u/Iris.neurona.zip' }));
    const win = { id: 1 };
    const dialogs = createNativeDialogs({ showOpenDialog: vi.fn(), showSaveDialog } as never, () => win as never);
    await expect(dialogs.pickSaveFile({ title: 'Export', defaultPath: 'Iris.neurona.zip', extensions: ['zip'] })).resolves.toBe('/home/u/Iris.neurona.zip');
    expect(showSaveDialog).toHaveBeenCalledWith(win, {
      title: 'Export',
      defaultPath: 'Iris.neurona.zip',
      filters: [{ name: 'ZIP', extensions: ['zip'] }],
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    });
  });

  it('returns null when cancelled', async () => {
    const showSaveDialog = vi.fn(async () => ({ canceled: true, filePath: '' }));
    const dialogs = createNativeDialogs({ showOpenDialog: vi.fn(), showSaveDialog } as never, () => null);
    await expect(dialogs.pickSaveFile({})).resolves.toBeNull();
  });
});
