import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import type { Page } from '@playwright/test';
import { expect, test, uniqueName } from './studio';

// The desktop window's drops and shell requests, driven in Chromium: the page gets a stand-in
// for the Electron preload's `window.studio` that speaks to the real browser-mode server and maps
// dropped File names to real paths (what webUtils.getPathForFile does in the app). Everything
// after the preload is the app's own code: the drop target, main's app.inspectPath check, the
// import dialog and the datasets store.

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const IRIS = join(ROOT, 'resources', 'samples', 'iris.csv');

async function withDesktopBridge(page: Page, paths: Record<string, string>): Promise<void> {
  await page.addInitScript((dropPaths: Record<string, string>) => {
    const token = new URL(location.href).searchParams.get('token') ?? '';
    const eventListeners = new Map<string, ((payload: unknown) => void)[]>();
    const shellListeners: ((request: unknown) => void)[] = [];
    let socket: WebSocket | null = null;
    const bridge = {
      async invoke(method: string, input: unknown) {
        const res = await fetch(`/api/${method}`, { method: 'POST', headers: { Authorization: `Bearer ${token}` }, body: JSON.stringify(input ?? {}) });
        return res.json();
      },
      on(event: string, cb: (payload: unknown) => void) {
        if (!socket) {
          socket = new WebSocket(`ws://${location.host}/events?token=${token}`);
          socket.onmessage = (m) => {
            const e = JSON.parse(String(m.data)) as { name: string; payload: unknown };
            for (const l of eventListeners.get(e.name) ?? []) l(e.payload);
          };
        }
        eventListeners.set(event, [...(eventListeners.get(event) ?? []), cb]);
        return () => {};
      },
      onMenuCommand: () => () => {},
      onShellRequest(cb: (request: unknown) => void) {
        shellListeners.push(cb);
        return () => {};
      },
      pathForFile: (file: unknown) => (file instanceof File ? (dropPaths[file.name] ?? '') : ''),
    };
    (window as unknown as { studio: unknown }).studio = bridge;
    (window as unknown as { __shellRequest: (r: unknown) => void }).__shellRequest = (r) => shellListeners.forEach((l) => l(r));
  }, paths);
}

/** Drags a file named `name` (holding `content`) over the window and drops it. */
async function drop(page: Page, name: string, content: string, options: { release?: boolean } = {}): Promise<void> {
  await page.evaluate(
    ({ name, content, release }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([content], name));
      window.dispatchEvent(new DragEvent('dragenter', { dataTransfer: transfer, bubbles: true, cancelable: true }));
      window.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }));
      if (release) window.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    },
    { name, content, release: options.release ?? true },
  );
}

async function imageFolder(): Promise<string> {
  const dir = join(mkdtempSync(join(tmpdir(), 'neurona-e2e-drop-')), 'shades');
  for (const [cls, value] of [['dark', 30], ['light', 220]] as const) {
    mkdirSync(join(dir, cls), { recursive: true });
    for (let i = 0; i < 6; i++) {
      await sharp(Buffer.alloc(16 * 16, value + i), { raw: { width: 16, height: 16, channels: 1 } }).png().toFile(join(dir, cls, `${i}.png`));
    }
  }
  return dir;
}

test('dropping a CSV file and an image folder on the window imports them into the open project', async ({ studio, page }) => {
  test.setTimeout(120_000);
  const folder = await imageFolder();
  const notes = join(dirname(folder), 'notes.md');
  writeFileSync(notes, '# notes');
  await withDesktopBridge(page, { 'iris.csv': IRIS, shades: folder, 'notes.md': notes });

  // No project open: a CSV has nowhere to go, and the notice says what to do.
  await studio.home();
  await drop(page, 'iris.csv', readFileSync(IRIS, 'utf8'));
  await expect(page.getByTestId('desktop-notice')).toContainText('Open a project first');
  await page.getByTestId('desktop-notice').getByRole('button').click();

  await studio.createProject(uniqueName('Dropped'));
  await drop(page, 'iris.csv', readFileSync(IRIS, 'utf8'), { release: false });
  await expect(page.getByTestId('drop-overlay')).toBeVisible();
  await studio.screenshot('desktop-drop-overlay');
  await drop(page, 'iris.csv', readFileSync(IRIS, 'utf8'));
  await expect(page.getByTestId('drop-overlay')).toBeHidden();
  const dialog = page.getByTestId('dropped-data-dialog');
  await expect(dialog).toContainText('Import “iris.csv”');
  // The columns come from the dropped file's header; the last one is proposed.
  await expect(dialog.getByTestId('dropped-csv-target')).toHaveValue('species');
  await studio.screenshot('desktop-drop-csv');
  await dialog.getByTestId('dialog-submit').click();
  await expect(dialog).toBeHidden({ timeout: 60_000 });
  await expect(page.getByTestId('dataset-item')).toHaveCount(1);
  await expect(page.getByTestId('dataset-item').first()).toContainText('iris');

  await drop(page, 'shades', '');
  await expect(page.getByTestId('dropped-data-dialog')).toContainText('Import the images in “shades”');
  await page.getByTestId('dropped-data-dialog').getByTestId('dialog-submit').click();
  await expect(page.getByTestId('dataset-item')).toHaveCount(2, { timeout: 60_000 });

  // Something that is neither: main says why.
  await drop(page, 'notes.md', '# notes');
  await expect(page.getByTestId('desktop-notice')).toContainText('drop a project folder, a .neurona.zip, a CSV file or a folder of images');
  await studio.screenshot('desktop-drop-refused');
});

test('a project folder or an archive from the shell (command line, open-file) opens', async ({ studio, page }) => {
  const name = uniqueName('From the shell');
  await withDesktopBridge(page, {});
  const path = await studio.createProject(name);
  await studio.home();
  await page.evaluate((p) => (window as unknown as { __shellRequest(r: unknown): void }).__shellRequest({ kind: 'project', path: p }), path);
  await expect(page.getByTestId('project-name')).toHaveText(name);

  await page.evaluate(() => (window as unknown as { __shellRequest(r: unknown): void }).__shellRequest({ kind: 'archive', path: '/somewhere/Shared.neurona.zip' }));
  await expect(page.getByTestId('import-project-dialog')).toBeVisible();
  await expect(page.getByTestId('import-project-file')).toHaveValue('/somewhere/Shared.neurona.zip');
});
