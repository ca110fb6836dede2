import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { expect, test, uniqueName } from './studio';

let folder: string;

test.beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'neurona-e2e-imports-'));
  const rows = ['width,height,kind'];
  for (let i = 0; i < 60; i++) rows.push(`${(i % 10) + 1},${(i % 7) + 2},${i % 2 === 0 ? 'wide' : 'tall'}`);
  writeFileSync(join(folder, 'shapes.csv'), `${rows.join('\n')}\n`);
  for (const [name, color] of [
    ['red', { r: 220, g: 30, b: 30 }],
    ['blue', { r: 30, g: 60, b: 220 }],
  ] as const) {
    mkdirSync(join(folder, 'colors', name), { recursive: true });
    for (let i = 0; i < 4; i++) {
      const png = await sharp({ create: { width: 16 + i, height: 16, channels: 3, background: color } }).png().toBuffer();
      writeFileSync(join(folder, 'colors', name, `${name}-${i}.png`), png);
    }
  }
});

test.afterAll(() => rmSync(folder, { recursive: true, force: true }));

test('import a CSV by typed path; a wrong target column gets a clear, translated error', async ({ studio, page }) => {
  await studio.createProject(uniqueName('Imports'));
  await page.getByTestId('add-data-csv').click();
  await page.getByTestId('csv-path').fill(join(folder, 'shapes.csv'));
  await page.getByTestId('csv-target').fill('label');
  await page.getByTestId('csv-submit').click();
  const banner = page.getByTestId('error-banner');
  await expect(banner).toHaveAttribute('data-code', 'CSV_TARGET_MISSING');
  await expect(banner).toContainText('has no column “label”. Its columns are: width, height, kind.');
  await studio.screenshot('import-csv-error');

  await page.getByTestId('csv-target').fill('kind');
  await page.getByTestId('csv-submit').click();
  const detail = page.getByTestId('dataset-detail');
  await expect(detail).toBeVisible();
  await expect(detail.getByTestId('dataset-total')).toHaveText('60');
  await expect(detail.getByTestId('class-item')).toHaveCount(2);
  await expect(detail.getByTestId('column-row')).toHaveCount(3);
});

test('import a folder of images whose sub-folders are the classes', async ({ studio, page }) => {
  await studio.createProject(uniqueName('Colors'));
  await page.getByTestId('add-data-folder').click();
  await page.getByTestId('folder-path').fill(join(folder, 'missing'));
  await page.getByTestId('folder-submit').click();
  await expect(page.getByTestId('error-banner')).toHaveAttribute('data-code', 'FOLDER_NOT_FOUND');

  await page.getByTestId('folder-path').fill(join(folder, 'colors'));
  await page.getByTestId('folder-submit').click();
  const detail = page.getByTestId('dataset-detail');
  await expect(detail).toBeVisible();
  await expect(detail.getByTestId('class-item')).toHaveCount(2);
  await expect(detail.getByTestId('thumbnail')).toHaveCount(8);
  await studio.screenshot('import-folder');
});
