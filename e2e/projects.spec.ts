import { rmSync } from 'node:fs';
import { expect, test, uniqueName } from './studio';

test('create, list, rename, reopen after a reload and delete a project', async ({ studio, page }) => {
  const name = uniqueName('Iris lab');
  const path = await studio.createProject(name);

  // Listed on the home screen with its path.
  await page.getByTestId('back-home').click();
  const row = page.getByTestId('project-row').filter({ hasText: name });
  await expect(row).toBeVisible();
  await expect(row).toContainText(path);

  // Rename.
  const renamed = `${name} v2`;
  await row.getByTestId('project-rename').click();
  const dialog = page.getByTestId('rename-dialog');
  await expect(dialog).toBeVisible();
  await dialog.getByTestId('rename-input').fill(renamed);
  await dialog.getByTestId('dialog-submit').click();
  await expect(dialog).toBeHidden();
  const renamedRow = page.getByTestId('project-row').filter({ hasText: renamed });
  await expect(renamedRow).toBeVisible();
  await studio.screenshot('projects-home');

  // A reload keeps the list (the token was moved to sessionStorage) and the project opens.
  await page.reload();
  await expect(page.getByTestId('projects-screen')).toBeVisible();
  expect(page.url()).not.toContain('token=');
  await page.getByTestId('project-row').filter({ hasText: renamed }).getByTestId('project-open').click();
  await expect(page.getByTestId('project-name')).toHaveText(renamed);
  await page.reload();
  await expect(page.getByTestId('project-name')).toHaveText(renamed);

  // Delete asks first, naming the project and its folder; Cancel keeps it.
  await page.getByTestId('back-home').click();
  const target = page.getByTestId('project-row').filter({ hasText: renamed });
  const currentPath = (await target.locator('.project-path').textContent())!.trim();
  await target.getByTestId('project-delete').click();
  const confirm = page.getByTestId('delete-dialog');
  await expect(confirm).toContainText(renamed);
  await expect(confirm).toContainText(currentPath);
  await studio.screenshot('projects-delete-confirmation');
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(confirm).toBeHidden();
  await expect(target).toBeVisible();

  await target.getByTestId('project-delete').click();
  await page.getByTestId('delete-dialog').getByTestId('confirm-button').click();
  await expect(page.getByTestId('delete-dialog')).toBeHidden();
  await expect(page.getByTestId('project-row').filter({ hasText: renamed })).toHaveCount(0);
  await page.reload();
  await expect(page.getByTestId('projects-screen')).toBeVisible();
  await expect(page.getByTestId('project-row').filter({ hasText: renamed })).toHaveCount(0);
});

test('a project whose folder is gone is shown as missing and can be forgotten', async ({ studio, page }) => {
  const name = uniqueName('Moved away');
  const path = await studio.createProject(name);
  // Alt+number switches the project's tabs from the keyboard.
  await page.keyboard.press('Alt+3');
  await expect(page.getByTestId('train-screen')).toBeVisible();
  await page.keyboard.press('Alt+1');
  await expect(page.getByTestId('data-screen')).toBeVisible();

  rmSync(path, { recursive: true, force: true });
  await studio.home();
  const row = page.getByTestId('project-row').filter({ hasText: name });
  await expect(row).toContainText('Folder not found');
  await expect(row.getByTestId('project-open')).toHaveCount(0);
  await studio.screenshot('projects-missing');
  await row.getByTestId('project-forget').click();
  await expect(page.getByTestId('project-row').filter({ hasText: name })).toHaveCount(0);
});

test('a page without the token explains how to open the studio', async ({ browser }) => {
  const page = await browser.newPage();
  const origin = new URL(process.env['NEURONA_URL']!).origin;
  await page.goto(`${origin}/`);
  await expect(page.getByTestId('auth-required')).toBeVisible();
  await expect(page.getByTestId('auth-required')).toContainText('npm run serve');
  await page.close();
});
