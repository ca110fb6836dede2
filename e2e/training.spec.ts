import { expect, test, uniqueName, type Studio } from './studio';

const BACKENDS = /^(tfjs-node-gpu|tfjs-node|wasm|cpu)$/;

async function fillRunForm(studio: Studio, config: { epochs: number; batchSize: number }): Promise<void> {
  const { page } = studio;
  await studio.tab('train');
  const toggle = page.getByTestId('toggle-new-run');
  if (await toggle.isVisible()) await toggle.click();
  await expect(page.getByTestId('new-run')).toBeVisible();
  await page.getByTestId('train-epochs').fill(String(config.epochs));
  await page.getByTestId('train-batchSize').fill(String(config.batchSize));
}

test('train Iris for 20 epochs with live curves and progress, then reload and export', async ({ studio, page }) => {
  test.setTimeout(240_000);
  await studio.createProject(uniqueName('Training'));
  await studio.tab('train');
  await expect(page.getByTestId('train-needs-model')).toBeVisible();
  await studio.addSample('iris');
  await studio.createDefaultModel(/iris/i);

  // Batch size 1 makes the 20 epochs last long enough to watch them (2,400 small steps).
  await fillRunForm(studio, { epochs: 20, batchSize: 1 });
  await page.getByTestId('train-start').click();
  const dashboard = page.getByTestId('run-dashboard');
  await expect(dashboard).toBeVisible();
  await expect(dashboard.getByTestId('backend-badge')).toHaveText(BACKENDS, { timeout: 60_000 });

  // Watch the overall progress bar move while the run goes, until it completes.
  const lossChart = dashboard.getByTestId('chart-loss');
  const overall = dashboard.getByTestId('run-overall-progress').getByRole('progressbar');
  const status = dashboard.getByTestId('run-status').first();
  const fractions = new Set<number>();
  const deadline = Date.now() + 120_000;
  let current: string | null;
  while ((current = await status.getAttribute('data-status')) !== 'completed') {
    expect(['queued', 'running']).toContain(current);
    expect(Date.now()).toBeLessThan(deadline);
    const value = await overall.getAttribute('data-fraction', { timeout: 100 }).catch(() => null);
    if (value !== null) fractions.add(Number(value));
    await page.waitForTimeout(50);
  }
  expect(fractions.size).toBeGreaterThanOrEqual(2);
  expect(Math.max(...fractions)).toBeGreaterThan(Math.min(...fractions));

  const accuracyChart = dashboard.getByTestId('chart-accuracy');
  for (const [chart, series] of [
    [lossChart, ['loss', 'val_loss']],
    [accuracyChart, ['accuracy', 'val_accuracy']],
  ] as const) {
    for (const name of series) await expect(chart).toHaveAttribute(`data-points-${name}`, '20');
  }
  await expect(dashboard.getByTestId('final-metrics')).toBeVisible();
  // Hovering a curve shows the epoch's values (the tooltip's styles must pass the strict CSP).
  await lossChart.locator('.recharts-wrapper').hover({ position: { x: 200, y: 100 } });
  await expect(lossChart.locator('.recharts-tooltip-wrapper')).toContainText(/Epoch \d+/);
  await expect(dashboard.getByTestId('epoch-progress')).toHaveCount(0);
  await studio.screenshot('train-completed');

  // After a reload the run and its curves come back from the API.
  await page.reload();
  await expect(page.getByTestId('run-item')).toHaveCount(1);
  await expect(page.getByTestId('run-item').first()).toHaveAttribute('data-status', 'completed');
  await expect(page.getByTestId('run-dashboard').getByTestId('chart-loss')).toHaveAttribute('data-points-val_loss', '20');

  // Export the run and see the files written.
  await page.getByTestId('run-export').click();
  await expect(page.getByTestId('export-screen')).toBeVisible();
  await page.getByTestId('export-submit').click();
  const result = page.getByTestId('export-result');
  await expect(result).toBeVisible({ timeout: 60_000 });
  for (const file of ['model.json', 'weights.bin', 'metadata.json']) {
    await expect(result.getByTestId('export-file').filter({ hasText: file })).toHaveCount(1);
  }
  await expect(result.getByTestId('export-dir')).toContainText('exports');
  await expect(page.getByTestId('export-list').getByTestId('export-item')).toHaveCount(1);
  await studio.screenshot('export');
});

test('pause, resume and stop a run', async ({ studio, page }) => {
  test.setTimeout(180_000);
  await studio.createProject(uniqueName('Stopping'));
  await studio.addSample('iris');
  await studio.createDefaultModel(/iris/i);
  await fillRunForm(studio, { epochs: 5000, batchSize: 1 });
  await page.getByTestId('train-start').click();

  const dashboard = page.getByTestId('run-dashboard');
  const status = dashboard.getByTestId('run-status').first();
  await expect(status).toHaveAttribute('data-status', 'running', { timeout: 60_000 });
  await expect.poll(async () => Number(await dashboard.getByTestId('chart-loss').getAttribute('data-points-loss')), { timeout: 60_000 }).toBeGreaterThanOrEqual(4);

  // Mid-run (5,000 epochs leave plenty of time): curves, the live progress bars and the backend.
  await expect(dashboard.getByTestId('epoch-progress')).toContainText(/Batch [\d,]+ of [\d,]+|Validating/);
  await expect(dashboard.getByTestId('epoch-progress')).toContainText(/samples\/s/);
  await expect(dashboard.getByTestId('backend-badge')).toHaveText(BACKENDS);
  await studio.screenshot('train-mid-run');

  await dashboard.getByTestId('run-pause').click();
  await expect(status).toHaveAttribute('data-status', 'paused');
  await dashboard.getByTestId('run-resume').click();
  await expect(status).toHaveAttribute('data-status', 'running');

  await dashboard.getByTestId('run-stop').click();
  await expect(status).toHaveAttribute('data-status', 'stopped', { timeout: 30_000 });
  await expect(page.getByTestId('run-item').first()).toHaveAttribute('data-status', 'stopped');
  await expect(dashboard.getByTestId('run-stop')).toHaveCount(0);
  await studio.screenshot('train-stopped');
});
