import { expect, test, uniqueName } from './studio';

test('the default model for Iris is dense, for MNIST convolutional, with shapes and parameters', async ({ studio, page }) => {
  test.setTimeout(180_000);
  await studio.createProject(uniqueName('Models'));
  await studio.tab('model');
  await expect(page.getByTestId('model-needs-data')).toBeVisible();

  await studio.addSample('iris');
  await studio.addSample('mnist');

  await studio.createDefaultModel(/iris/i);
  const dense = page.locator('[data-testid="layer-row"][data-kind="dense"]');
  await expect(dense.first()).toBeVisible();
  expect(await dense.count()).toBeGreaterThanOrEqual(2);
  await expect(dense.last().getByTestId('layer-shape')).toHaveText('(batch, 3)');
  await expect(dense.first().getByTestId('layer-params')).not.toHaveText('0');
  await expect(page.getByTestId('total-params')).toHaveText(/^[1-9][\d,]*$/);
  await expect(page.getByTestId('no-issues')).toBeVisible();
  await studio.screenshot('model-iris');

  await studio.createDefaultModel(/mnist/i);
  const conv = page.locator('[data-testid="layer-row"][data-kind="conv2d"]');
  expect(await conv.count()).toBeGreaterThanOrEqual(1);
  await expect(conv.first().getByTestId('layer-shape')).toHaveText(/^\(batch, \d+, \d+, \d+\)$/);
  await expect(page.locator('[data-testid="layer-row"][data-kind="dense"]').last().getByTestId('layer-shape')).toHaveText('(batch, 10)');
  await studio.screenshot('model-mnist');

  // Both models are listed; checking the MNIST model against Iris shows a translated issue.
  await expect(page.getByTestId('model-item')).toHaveCount(2);
  await page.getByTestId('check-with').selectOption({ label: await studio.optionLabel(page.getByTestId('check-with'), /iris/i) });
  await expect(page.getByTestId('issue').first()).toBeVisible();
  await expect(page.getByTestId('issue').first()).not.toContainText('{{');
});
