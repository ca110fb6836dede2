// The desktop app itself, where Electron's binary is installed: run `npm run build` first.
// On machines installed with ELECTRON_SKIP_BINARY_DOWNLOAD=1 the spec reports itself skipped.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron, expect, test, type ElectronApplication } from '@playwright/test';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SKIP_REASON = 'Electron binary not installed here (ELECTRON_SKIP_BINARY_DOWNLOAD=1): the Electron spec was skipped';

/** The Electron executable as the electron package finds it, or null when it was never downloaded. */
function electronExecutable(): string | null {
  try {
    const path: unknown = createRequire(join(ROOT, 'package.json'))('electron');
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

test.describe('Electron app', () => {
  let app: ElectronApplication | undefined;
  let home: string | undefined;

  test.afterEach(async () => {
    await app?.close();
    if (home) rmSync(home, { recursive: true, force: true });
  });

  test('opens the projects screen on app:// with window.studio and no Node', async () => {
    const executablePath = electronExecutable();
    if (!executablePath) test.skip(true, SKIP_REASON);
    expect(existsSync(join(ROOT, 'out', 'main', 'index.js')), 'run `npm run build` before this spec').toBe(true);

    // A throwaway home, so the settings and recent projects of whoever runs this stay untouched.
    home = mkdtempSync(join(tmpdir(), 'neurona-electron-e2e-'));
    const env: Record<string, string> = {};
    for (const [key, value] of Object.entries(process.env)) if (value !== undefined && key !== 'ELECTRON_RENDERER_URL' && key !== 'ELECTRON_RUN_AS_NODE') env[key] = value;
    env['HOME'] = home;
    env['XDG_CONFIG_HOME'] = join(home, '.config');
    // Chromium will not start its sandbox as root (CI containers); everything else stays as shipped.
    const args = process.getuid?.() === 0 ? ['--no-sandbox', '.'] : ['.'];

    app = await _electron.launch({ executablePath: executablePath!, args, cwd: ROOT, env });
    const page = await app.firstWindow();

    await expect(page).toHaveURL(/^app:\/\/neurona\//);
    await expect(page.getByTestId('projects-screen')).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/project|proyecto/i);

    const globals = await page.evaluate(() => {
      const w = window as unknown as Record<string, unknown>;
      return {
        studio: typeof w['studio'],
        invoke: typeof (w['studio'] as { invoke?: unknown } | undefined)?.invoke,
        require: typeof w['require'],
        process: typeof w['process'],
        module: typeof w['module'],
        ipcRenderer: typeof w['ipcRenderer'],
      };
    });
    expect(globals).toEqual({ studio: 'object', invoke: 'function', require: 'undefined', process: 'undefined', module: 'undefined', ipcRenderer: 'undefined' });

    // The bridge refuses a method that is not in the contract without reaching main.
    const refused = await page.evaluate(() => (window as unknown as { studio: { invoke(m: string, i: unknown): Promise<unknown> } }).studio.invoke('no.such.method', {}));
    expect(refused).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });

    // The page is served with the strict CSP.
    const csp = await page.evaluate(async () => (await fetch('/index.html')).headers.get('content-security-policy'));
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("object-src 'none'");
  });

  test('a project folder given on the command line opens in the window; the window comes back at its size', async () => {
    const executablePath = electronExecutable();
    if (!executablePath) test.skip(true, SKIP_REASON);
    home = mkdtempSync(join(tmpdir(), 'neurona-electron-e2e-'));
    const env: Record<string, string> = {};
    for (const [key, value] of Object.entries(process.env)) if (value !== undefined && key !== 'ELECTRON_RENDERER_URL' && key !== 'ELECTRON_RUN_AS_NODE') env[key] = value;
    env['HOME'] = home;
    env['XDG_CONFIG_HOME'] = join(home, '.config');
    const base = process.getuid?.() === 0 ? ['--no-sandbox', '.'] : ['.'];

    // First start: create a project through the bridge, make the window smaller, quit.
    app = await _electron.launch({ executablePath: executablePath!, args: base, cwd: ROOT, env });
    let page = await app.firstWindow();
    await expect(page.getByTestId('projects-screen')).toBeVisible();
    const created = (await page.evaluate(
      (parentDir) => (window as unknown as { studio: { invoke(m: string, i: unknown): Promise<{ ok: boolean; value: { path: string } }> } }).studio.invoke('projects.create', { name: 'From argv', parentDir }),
      home,
    )) as { ok: boolean; value: { path: string } };
    expect(created.ok).toBe(true);
    await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]!.setBounds({ x: 40, y: 40, width: 1000, height: 700 }));
    await app.close();

    // Second start with the project's folder as an argument: it opens, at the remembered size.
    app = await _electron.launch({ executablePath: executablePath!, args: [...base, created.value.path], cwd: ROOT, env });
    page = await app.firstWindow();
    await expect(page.getByTestId('project-name')).toHaveText('From argv');
    const bounds = await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]!.getBounds());
    expect({ width: bounds.width, height: bounds.height }).toEqual({ width: 1000, height: 700 });
  });
});
