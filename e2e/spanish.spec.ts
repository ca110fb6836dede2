import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mergeLocaleFiles, type LocaleTree } from '../src-renderer/app/locale-merge';
import { expect, test, uniqueName, type Studio } from './studio';

const LOCALES = join(dirname(fileURLToPath(import.meta.url)), '..', 'src-renderer', 'app', 'locales');

function flatten(tree: LocaleTree, prefix = '', out = new Map<string, string>()): Map<string, string> {
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else flatten(value, path, out);
  }
  return out;
}

// Texts only ever used as aria-labels or tooltips; a visible line matching them is user data
// (a project called "Delete data …" would match "Delete {{name}}").
const NOT_VISIBLE_TEXT = new Set(['projects.row.renameNamed', 'projects.row.deleteNamed', 'project.shortcut', 'train.backendInUse', 'common.dismiss']);

/** Every English UI text that differs from its Spanish one, as a whole-line pattern. */
function englishOnlyPatterns(): { key: string; pattern: RegExp }[] {
  const files: Record<string, LocaleTree> = {};
  for (const language of ['en', 'es']) {
    for (const file of readdirSync(join(LOCALES, language))) files[`/locales/${language}/${file}`] = JSON.parse(readFileSync(join(LOCALES, language, file), 'utf8')) as LocaleTree;
  }
  const { trees } = mergeLocaleFiles(files);
  const en = flatten(trees.en);
  const es = flatten(trees.es);
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return [...en]
    .filter(([key, text]) => es.get(key) !== text && !/<\w+>/.test(text) && !NOT_VISIBLE_TEXT.has(key))
    .map(([key, text]) => ({
      key,
      pattern: new RegExp(`^${text.split(/\{\{[^}]+\}\}/).map(escape).join('.+')}$`),
    }));
}

/** Visible lines of the page that are English UI texts. */
async function englishLines(studio: Studio): Promise<string[]> {
  const lines = (await studio.page.locator('body').innerText()).split('\n').map((l) => l.trim()).filter(Boolean);
  const patterns = englishOnlyPatterns();
  return lines.flatMap((line) => patterns.filter((p) => p.pattern.test(line)).map((p) => `${line}  (${p.key})`));
}

test('switching to Español translates the projects, data and train screens at once', async ({ studio, page }) => {
  test.setTimeout(180_000);
  await studio.open('#/settings');
  await page.getByTestId('language-es').click();
  try {
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Configuración');
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    expect(await englishLines(studio)).toEqual([]);
    await studio.screenshot('es-settings');

    await page.getByRole('link', { name: 'Proyectos' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Proyectos');
    await expect(page.getByRole('heading', { name: 'Nuevo proyecto' })).toBeVisible();
    await expect(page.getByTestId('create-project')).toHaveText('Crear proyecto');
    expect(await englishLines(studio)).toEqual([]);
    await studio.screenshot('es-projects');

    await studio.createProject(uniqueName('Flores'));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Datos');
    await expect(page.getByTestId('data-empty')).toContainText('Este proyecto todavía no tiene datos');
    expect(await englishLines(studio)).toEqual([]);
    await studio.addSample('iris');
    await expect(page.getByTestId('dataset-detail')).toContainText('Entrenamiento');
    await expect(page.getByTestId('columns-table')).toContainText('Numérica');
    expect(await englishLines(studio)).toEqual([]);
    await studio.screenshot('es-data');

    await studio.tab('train');
    await expect(page.getByTestId('train-needs-model')).toContainText('Crea un modelo para entrenar');
    await studio.createDefaultModel(/iris/i);
    await expect(page.getByTestId('layer-table')).toContainText('Forma de salida');
    expect(await englishLines(studio)).toEqual([]);

    await studio.tab('train');
    await expect(page.getByTestId('new-run')).toContainText('Tasa de aprendizaje');
    await expect(page.getByTestId('new-run')).toContainText('Tamaño de lote');
    await expect(page.getByTestId('new-run')).toContainText('Optimizador');
    await expect(page.getByTestId('new-run')).toContainText('Épocas');
    expect(await englishLines(studio)).toEqual([]);
    await page.getByTestId('train-epochs').fill('5');
    await page.getByTestId('train-start').click();
    const status = page.getByTestId('run-dashboard').getByTestId('run-status').first();
    await expect(status).toHaveAttribute('data-status', 'completed', { timeout: 90_000 });
    await expect(page.getByTestId('chart-loss')).toContainText('Pérdida');
    await expect(page.getByTestId('chart-accuracy')).toContainText('Exactitud');
    await expect(status).toHaveText('Completado');
    expect(await englishLines(studio)).toEqual([]);
    await studio.screenshot('es-train');
  } finally {
    await studio.open('#/settings');
    await page.getByTestId('language-en').click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  }
});
