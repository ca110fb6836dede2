import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src-shared/contract/app';
import { COLUMN_ROLES, COLUMN_TYPES, DATASET_KINDS, SAMPLE_DATASETS, SPLITS, TASKS } from '../../src-shared/data/dataset';
import { ERROR_CODES } from '../../src-shared/errors';
import { OPTIMIZERS } from '../../src-shared/training/config';
import { RUN_STATUSES } from '../../src-shared/training/run-status';
import { CLIENT_ERROR_CODES } from '../api/api-error';
import { templateVariables } from '../ui/error-text';
import { LOCALES, mergeLocaleFiles, type LocaleTree } from './locale-resources';
import { PROJECT_TABS } from './route';

function flatten(tree: LocaleTree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

const EN = flatten(LOCALES.trees.en);
const ES = flatten(LOCALES.trees.es);

// Where Spanish deliberately fills from other details than English.
const VARIABLE_EXCEPTIONS: Record<string, { en: string[]; es: string[] }> = {
  'errors.SHAPE_ERROR': { en: ['layer', 'problem', 'fix'], es: ['layer', 'problemEs', 'fixEs'] },
  'errorReasons.GRAPH_INVALID.bad-param': { en: ['layer', 'field', 'expected'], es: ['field', 'layer'] },
};

describe('locale files', () => {
  it('define every leaf key in one file only', () => {
    expect(LOCALES.conflicts).toEqual([]);
  });

  it('merge feature files deeply and report a key two files define', () => {
    const merged = mergeLocaleFiles({
      './locales/en/a.json': { errors: { A: 'a' }, a: { title: 'A' } },
      './locales/en/b.json': { errors: { B: 'b', A: 'again' } },
      './locales/es/a.json': { errors: { A: 'a' } },
    });
    expect(merged.trees.en).toEqual({ errors: { A: 'again', B: 'b' }, a: { title: 'A' } });
    expect(merged.conflicts).toEqual(['en:errors.A (a.json, b.json)']);
    expect(() => mergeLocaleFiles({ './elsewhere/en.json': {} })).toThrow(/outside/);
  });

  it('have the same keys', () => {
    expect([...ES.keys()].filter((k) => !EN.has(k))).toEqual([]);
    expect([...EN.keys()].filter((k) => !ES.has(k))).toEqual([]);
  });

  it('have no empty values', () => {
    for (const [map, lang] of [
      [EN, 'en'],
      [ES, 'es'],
    ] as const) {
      const empty = [...map].filter(([, v]) => v.trim() === '').map(([k]) => `${lang}:${k}`);
      expect(empty).toEqual([]);
    }
  });

  it('interpolate the same variables in both languages', () => {
    const differing: string[] = [];
    for (const [key, text] of EN) {
      const expected = VARIABLE_EXCEPTIONS[key];
      const enVars = templateVariables(text).sort();
      const esVars = templateVariables(ES.get(key) ?? '').sort();
      if (expected) {
        expect(enVars).toEqual([...expected.en].sort());
        expect(esVars).toEqual([...expected.es].sort());
      } else if (enVars.join() !== esVars.join()) differing.push(key);
    }
    expect(differing).toEqual([]);
  });

  it('keep the same markup tags for <Trans>', () => {
    const tags = (s: string) => [...s.matchAll(/<(\w+)>/g)].map((m) => m[1]).sort();
    for (const [key, text] of EN) expect(tags(ES.get(key) ?? ''), key).toEqual(tags(text));
  });

  it('translate every error code, with a brief form where the full one needs details', () => {
    for (const code of [...ERROR_CODES, ...CLIENT_ERROR_CODES]) {
      for (const map of [EN, ES]) {
        const full = map.get(`errors.${code}`);
        expect(full, code).toBeDefined();
        if (templateVariables(full!).length > 0) expect(map.get(`errorsBrief.${code}`), `errorsBrief.${code}`).toBeDefined();
      }
    }
  });

  it('name every status, optimizer, split, task, kind, column type and role, sample, tab and language', () => {
    const needed = [
      ...RUN_STATUSES.map((s) => `runStatus.${s}`),
      ...OPTIMIZERS.flatMap((o) => [`train.optimizers.${o}`, `train.optimizerHints.${o}`]),
      ...SPLITS.map((s) => `data.split.${s}`),
      ...TASKS.map((s) => `data.task.${s}`),
      ...DATASET_KINDS.map((s) => `data.kind.${s}`),
      ...COLUMN_TYPES.map((s) => `data.columnType.${s}`),
      ...COLUMN_ROLES.map((s) => `data.columnRole.${s}`),
      ...SAMPLE_DATASETS.flatMap((s) => [`data.samples.${s}.title`, `data.samples.${s}.body`]),
      ...PROJECT_TABS.map((s) => `project.tabs.${s}`),
      ...LANGUAGES.map((s) => `settings.language.${s}`),
    ];
    expect(needed.filter((k) => !EN.has(k))).toEqual([]);
  });
});
