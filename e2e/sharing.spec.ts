import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { rawZip } from '../src-main/project-archive/test-zips';
import { expect, test, uniqueName } from './studio';

// Share a project: export it as one .neurona.zip from its row on the Projects screen, import it
// back under another name, and see a hostile archive refused. Browser mode types the paths; the
// desktop app fills them from native dialogs.

test('export a project as .neurona.zip, replace it, import it back under another name', async ({ studio, page }) => {
  test.setTimeout(180_000);
  const name = uniqueName('Shared iris');
  const path = await studio.createProject(name);
  await studio.addSample('iris');
  await page.getByTestId('back-home').click();

  const row = page.getByTestId('project-row').filter({ hasText: name });
  await row.getByTestId('project-export').click();
  const exportDialog = page.getByTestId('export-project-dialog');
  await expect(exportDialog).toBeVisible();
  const file = exportDialog.getByTestId('export-project-file');
  await expect(file).toHaveValue(`${path.slice(0, path.lastIndexOf('/'))}/${name}.neurona.zip`);
  await studio.screenshot('sharing-export-dialog');
  await exportDialog.getByTestId('export-project-submit').click();
  await expect(exportDialog).toBeHidden({ timeout: 60_000 });
  await expect(page.getByTestId('toast').filter({ hasText: `saved to` })).toBeVisible();
  const zip = `${path.slice(0, path.lastIndexOf('/'))}/${name}.neurona.zip`;
  expect(existsSync(zip)).toBe(true);

  // Exporting again to the same file asks before replacing it.
  await row.getByTestId('project-export').click();
  await page.getByTestId('export-project-submit').click();
  await expect(page.getByTestId('export-project-dialog').getByTestId('error-banner')).toHaveAttribute('data-code', 'ARCHIVE_EXISTS');
  await expect(page.getByTestId('export-project-dialog')).toContainText('already exists');
  await studio.screenshot('sharing-export-exists');
  await page.getByTestId('export-project-replace').click();
  await expect(page.getByTestId('export-project-dialog')).toBeHidden({ timeout: 60_000 });

  // Import it back: same data, new name, and the app opens it.
  const copy = `${name} copy`;
  await page.getByTestId('import-project-open').click();
  const importDialog = page.getByTestId('import-project-dialog');
  await importDialog.getByTestId('import-project-file').fill(zip);
  await importDialog.getByTestId('import-project-name').fill(copy);
  await studio.screenshot('sharing-import-dialog');
  await importDialog.getByTestId('import-project-submit').click();
  await expect(page.getByTestId('project-name')).toHaveText(copy, { timeout: 60_000 });
  await expect(page.getByTestId('dataset-item')).toHaveCount(1);
  await expect(page.getByTestId('dataset-item')).toContainText(/iris/i);

  // Importing again under the archive's own name: that folder exists, so the dialog says so.
  await page.getByTestId('back-home').click();
  await page.getByTestId('import-project-open').click();
  await page.getByTestId('import-project-file').fill(zip);
  await page.getByTestId('import-project-submit').click();
  await expect(page.getByTestId('import-project-dialog').getByTestId('error-banner')).toHaveAttribute('data-code', 'PROJECT_EXISTS');
});

test('a hostile archive is refused with a message naming the entry, and a relative path is explained', async ({ studio, page }) => {
  const dir = mkdtempSync(join(tmpdir(), 'neurona-e2e-hostile-'));
  const file = join(dir, 'evil.neurona.zip');
  writeFileSync(file, rawZip([{ name: '../escaped.txt', data: Buffer.from('owned') }]));
  await studio.home();
  await page.getByTestId('import-project-open').click();
  const dialog = page.getByTestId('import-project-dialog');
  await dialog.getByTestId('import-project-file').fill(file);
  await dialog.getByTestId('import-project-submit').click();
  const banner = dialog.getByTestId('error-banner');
  await expect(banner).toHaveAttribute('data-code', 'ARCHIVE_UNSAFE_PATH');
  await expect(banner).toContainText('“../escaped.txt”');
  await expect(banner).toContainText('outside the project’s folder');
  await studio.screenshot('sharing-import-refused');
  expect(existsSync(join(dir, '..', 'escaped.txt'))).toBe(false);

  await dialog.getByTestId('import-project-file').fill('shared/Iris.neurona.zip');
  await dialog.getByTestId('import-project-submit').click();
  await expect(banner).toHaveAttribute('data-code', 'INVALID_INPUT');
  await expect(banner).toContainText('needs a full path');
});

test('the sharing dialogs in Spanish and at 900 px', async ({ studio, page }) => {
  await studio.open('#/settings');
  await page.getByTestId('language-es').click();
  try {
    await page.setViewportSize({ width: 900, height: 800 });
    await studio.home();
    await expect(page.getByRole('heading', { name: 'Importar un proyecto compartido' })).toBeVisible();
    await studio.screenshot('es-sharing-home-900');
    await page.getByTestId('import-project-open').click();
    await expect(page.getByTestId('import-project-dialog')).toContainText('Archivo del proyecto (.neurona.zip)');
    await studio.screenshot('es-sharing-import-900');
    await page.getByTestId('import-project-dialog').getByRole('button', { name: 'Cancelar' }).click();
    const row = page.getByTestId('project-row').filter({ has: page.getByTestId('project-export') }).first();
    if ((await row.count()) === 0) await studio.createProject(uniqueName('Exportable'));
    await studio.home();
    await page.getByTestId('project-export').first().click();
    await expect(page.getByTestId('export-project-dialog')).toContainText('Guardar como');
    await studio.screenshot('es-sharing-export-900');
  } finally {
    await page.setViewportSize({ width: 1400, height: 900 });
    await studio.open('#/settings');
    await page.getByTestId('language-en').click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  }
});
