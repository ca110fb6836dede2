import { expect, test, uniqueName } from './studio';

test('add the Iris, Binary and MNIST samples and see their classes, counts and thumbnails', async ({ studio, page }) => {
  test.setTimeout(240_000);
  await studio.createProject(uniqueName('Datasets'));
  await expect(page.getByTestId('data-empty')).toBeVisible();
  await studio.screenshot('data-empty');

  await studio.addSample('iris');
  const detail = page.getByTestId('dataset-detail');
  await expect(detail.getByTestId('class-item')).toHaveCount(3);
  await expect(detail.getByTestId('dataset-total')).toHaveText('150');
  const split = async (name: string) => Number((await detail.getByTestId(`split-${name}`).textContent())!.replace(/\D/g, ''));
  expect((await split('train')) + (await split('val')) + (await split('test'))).toBe(150);
  await expect(detail.getByTestId('column-row')).toHaveCount(5);
  await expect(detail.getByTestId('rows-table').locator('tbody tr')).toHaveCount(20);
  await studio.screenshot('data-iris');

  await studio.addSample('binary');
  await expect(page.getByTestId('dataset-detail').getByTestId('class-item')).toHaveCount(2);

  // MNIST takes a few seconds: its progress bar follows import.progress events.
  await page.getByTestId('toggle-add-data').click();
  await page.getByTestId('add-sample-mnist').click();
  const progress = page.getByTestId('import-progress');
  await expect(progress).toContainText(/[\d,]+ of 1,500/, { timeout: 30_000 });
  await studio.screenshot('data-mnist-importing');
  await expect(progress).toBeHidden({ timeout: 90_000 });
  await expect(page.getByTestId('dataset-item')).toHaveCount(3);
  const mnist = page.getByTestId('dataset-detail');
  await expect(mnist.getByTestId('class-item')).toHaveCount(10);
  await expect(mnist.getByTestId('dataset-total')).toHaveText('1,500');
  const thumbs = mnist.getByTestId('thumbnail');
  await expect(thumbs).toHaveCount(48);
  await expect(thumbs.first().locator('img')).toHaveAttribute('src', /^data:image\/png;base64,/);
  await expect(thumbs.first().locator('.thumb-label')).toHaveText(/^\d$/);
  await mnist.getByRole('button', { name: 'Next' }).click();
  await expect(mnist.getByTestId('pager-range')).toContainText('49');
  await studio.screenshot('data-mnist');

  // The list shows kind, task, classes and counts per split for all three.
  const items = page.getByTestId('dataset-item');
  await expect(items).toHaveCount(3);
  for (const text of ['3 classes', '2 classes', '10 classes']) await expect(page.getByTestId('dataset-list')).toContainText(text);
  await expect(items.nth(2).getByTestId('dataset-counts')).toContainText(/Train [\d,]+ · Validation [\d,]+ · Test [\d,]+/);
});

test('deleting a dataset asks first', async ({ studio, page }) => {
  await studio.createProject(uniqueName('Dataset removal'));
  await studio.addSample('binary');
  await page.getByTestId('dataset-delete').click();
  const dialog = page.getByTestId('delete-dataset-dialog');
  await expect(dialog).toBeVisible();
  await dialog.getByTestId('confirm-button').click();
  await expect(page.getByTestId('data-empty')).toBeVisible();
});
