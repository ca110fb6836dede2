import { expect, test, uniqueName, type Studio } from './studio';

async function setLanguage(studio: Studio, language: 'en' | 'es'): Promise<void> {
  await studio.open('#/settings');
  await studio.page.getByTestId(`language-${language}`).click();
  await expect(studio.page.locator('html')).toHaveAttribute('lang', language);
}

test('training the Iris model on MNIST shows the mismatch translated by its code', async ({ studio, page }) => {
  test.setTimeout(180_000);
  await studio.createProject(uniqueName('Mismatch'));
  const path = await studio.projectPath();
  await studio.addSample('iris');
  await studio.addSample('mnist');
  await studio.createDefaultModel(/iris/i);

  const startOnMnist = async () => {
    await studio.tab('train');
    const toggle = page.getByTestId('toggle-new-run');
    if (await toggle.isVisible()) await toggle.click();
    const model = page.getByTestId('train-model');
    await model.selectOption({ label: await studio.optionLabel(model, /iris/i) });
    const dataset = page.getByTestId('train-dataset');
    await dataset.selectOption({ label: await studio.optionLabel(dataset, /mnist/i) });
    await page.getByTestId('train-start').click();
    const banner = page.locator('[data-testid="error-banner"][data-code^="MODEL_"]').first();
    await expect(banner).toBeVisible({ timeout: 60_000 });
    await expect(banner).toHaveAttribute('data-code', /^MODEL_(INPUT|OUTPUT)_MISMATCH$/);
    return banner;
  };

  const english = await startOnMnist();
  await expect(english).toContainText(/The input layer expects .+ but the dataset “.+” gives|model's input does not match|last layer/i);
  await expect(english).not.toContainText('{{');
  await studio.screenshot('error-mismatch-en');

  await setLanguage(studio, 'es');
  try {
    await studio.open(`#/project/train?path=${encodeURIComponent(path)}`);
    const spanish = await startOnMnist();
    await expect(spanish).toContainText(/La capa de entrada espera .+ pero el dataset «.+» da|La entrada del modelo no coincide|La última capa/);
    await studio.screenshot('error-mismatch-es');
  } finally {
    await setLanguage(studio, 'en');
  }
});

test('forcing the cpu backend on a CNN warns that it will be very slow', async ({ studio, page }) => {
  test.setTimeout(120_000);
  await studio.createProject(uniqueName('Slow CNN'));
  await studio.addSample('iris');
  await studio.addSample('mnist');
  await studio.createDefaultModel(/mnist/i);
  await studio.createDefaultModel(/iris/i);
  await studio.tab('train');
  const toggle = page.getByTestId('toggle-new-run');
  if (await toggle.isVisible()) await toggle.click();
  const model = page.getByTestId('train-model');
  const backend = page.getByTestId('train-backend');
  const warning = page.getByTestId('cpu-cnn-warning');

  await model.selectOption({ label: await studio.optionLabel(model, /mnist/i) });
  await backend.selectOption('cpu');
  await expect(warning).toBeVisible();
  await expect(warning).toContainText(/convolutions/);
  await backend.selectOption('wasm');
  await expect(warning).toBeHidden();
  // A dense-only model on cpu is fine.
  await backend.selectOption('cpu');
  await model.selectOption({ label: await studio.optionLabel(model, /iris/i) });
  await expect(warning).toBeHidden();
});
