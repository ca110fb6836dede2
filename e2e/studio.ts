import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test as base, expect, type Page } from '@playwright/test';

const ARTIFACTS = join(dirname(fileURLToPath(import.meta.url)), '.artifacts');

export type SampleId = 'iris' | 'binary' | 'mnist';
export type Tab = 'data' | 'model' | 'train' | 'export';

/** Drives the studio the way a user does; each helper waits for the screen to settle. */
export class Studio {
  constructor(readonly page: Page) {}

  static url(): string {
    const url = process.env['NEURONA_URL'];
    if (!url) throw new Error('NEURONA_URL is not set: the global setup starts the server');
    return url;
  }

  /** Opens the URL the server printed (with its token), at a hash route. */
  async open(hash = '#/'): Promise<void> {
    await this.page.goto(`${Studio.url()}${hash}`);
    await expect(this.page.locator('#root > *').first()).toBeVisible();
  }

  async home(): Promise<void> {
    await this.open('#/');
    await expect(this.page.getByTestId('projects-screen')).toBeVisible();
  }

  /** Creates a project from the home screen and waits for its Data tab. Returns its path. */
  async createProject(name: string): Promise<string> {
    await this.home();
    await this.page.getByTestId('new-project-name').fill(name);
    await this.page.getByTestId('create-project').click();
    await expect(this.page.getByTestId('project-name')).toHaveText(name);
    await expect(this.page.getByTestId('data-screen')).toBeVisible();
    return this.projectPath();
  }

  /** The open project's path, read from the route. */
  async projectPath(): Promise<string> {
    const hash = await this.page.evaluate(() => window.location.hash);
    const path = new URLSearchParams(hash.split('?')[1] ?? '').get('path');
    if (!path) throw new Error(`No project in the route ${hash}`);
    return path;
  }

  async tab(tab: Tab): Promise<void> {
    await this.page.getByTestId(`tab-${tab}`).click();
    await expect(this.page.getByTestId(`${tab === 'model' ? 'model' : tab}-screen`)).toBeVisible();
  }

  /** Adds a sample dataset on the Data tab and waits until it is listed and shown. */
  async addSample(sample: SampleId, timeout = 90_000): Promise<void> {
    await this.tab('data');
    const items = this.page.getByTestId('dataset-item');
    const before = await items.count();
    if (before > 0) await this.page.getByTestId('toggle-add-data').click();
    await this.page.getByTestId('add-data-samples').click();
    await this.page.getByTestId(`add-sample-${sample}`).click();
    await expect(items).toHaveCount(before + 1, { timeout });
    await expect(this.page.getByTestId('dataset-detail')).toBeVisible();
  }

  /** Creates the default model for the dataset whose name matches. */
  async createDefaultModel(dataset: RegExp): Promise<void> {
    await this.tab('model');
    const toggle = this.page.getByTestId('toggle-create-model');
    if (await toggle.isVisible()) await toggle.click();
    const select = this.page.getByTestId('model-dataset');
    await select.selectOption({ label: await this.optionLabel(select, dataset) });
    await this.page.getByTestId('create-model-submit').click();
    await expect(this.page.getByTestId('model-detail')).toBeVisible();
    await expect(this.page.getByTestId('layer-row').first()).toBeVisible();
  }

  /** The label of the first option of a <select> matching a pattern. */
  async optionLabel(select: ReturnType<Page['getByTestId']>, pattern: RegExp): Promise<string> {
    const labels = await select.locator('option').allTextContents();
    const label = labels.find((l) => pattern.test(l));
    if (!label) throw new Error(`No option matches ${pattern}: ${labels.join(' | ')}`);
    return label;
  }

  /** Saves a full-page picture under e2e/.artifacts, without the passing toasts in front. */
  async screenshot(name: string): Promise<void> {
    // A toast may leave on its own timer between the count and the click: never wait for one.
    const dismiss = this.page.getByTestId('toast').locator('button');
    for (let i = 0; i < 5 && (await dismiss.count()) > 0; i++) await dismiss.first().click({ timeout: 1000 }).catch(() => {});
    await this.page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
  }
}

/**
 * `studio` for every spec; the test fails on a page error, a console error (a failed request, a
 * React warning logged as an error) or any Content-Security-Policy violation, which the page
 * itself records (the CSP allows no inline styles or scripts).
 */
export const test = base.extend<{ studio: Studio }>({
  studio: async ({ page }, use) => {
    const problems: string[] = [];
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective}: ${e.blockedURI || e.sample}`));
    });
    page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
    page.on('console', (msg) => {
      if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
    });
    await use(new Studio(page));
    if (!page.isClosed()) {
      const violations = await page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []).catch(() => []);
      problems.push(...violations.map((v) => `CSP violation: ${v}`));
    }
    expect(problems).toEqual([]);
  },
});

export { expect };

/** A project name no other spec uses. */
export function uniqueName(prefix: string): string {
  return `${prefix} ${Date.now().toString(36)}`;
}
