import type { UiLanguage } from './language';

// The UI texts live in one JSON file per feature and language (locales/<lang>/<feature>.json), so
// each feature owns its texts. They are deep-merged into one i18next resource per language; a
// leaf key defined by two files is a mistake the locale test reports.

export type LocaleTree = { [key: string]: string | LocaleTree };

export interface MergedLocales {
  trees: Record<UiLanguage, LocaleTree>;
  /** "en:errors.NOT_FOUND (data.json, errors.json)" for every leaf key two files define. */
  conflicts: string[];
}

const FILE_PATH = /\/locales\/(en|es)\/([\w-]+)\.json$/;

function mergeInto(target: LocaleTree, source: LocaleTree, origin: Map<string, string>, file: string, prefix: string, conflicts: string[]): void {
  for (const [key, value] of Object.entries(source)) {
    const path = prefix ? `${prefix}.${key}` : key;
    const existing = target[key];
    if (typeof value === 'string' || typeof existing === 'string') {
      if (existing !== undefined) conflicts.push(`${path} (${origin.get(path) ?? '?'}, ${file})`);
      target[key] = value;
      origin.set(path, file);
    } else {
      const branch: LocaleTree = existing ?? {};
      target[key] = branch;
      mergeInto(branch, value, origin, file, path, conflicts);
    }
  }
}

/** Merges locale files keyed by their path (as import.meta.glob gives them). */
export function mergeLocaleFiles(files: Record<string, LocaleTree>): MergedLocales {
  const trees: Record<UiLanguage, LocaleTree> = { en: {}, es: {} };
  const origins: Record<UiLanguage, Map<string, string>> = { en: new Map(), es: new Map() };
  const conflicts: string[] = [];
  for (const path of Object.keys(files).sort()) {
    const match = FILE_PATH.exec(path);
    if (!match) throw new Error(`Locale file outside locales/<en|es>/: ${path}`);
    const language = match[1] as UiLanguage;
    const found: string[] = [];
    mergeInto(trees[language], files[path]!, origins[language], `${match[2]}.json`, '', found);
    conflicts.push(...found.map((key) => `${language}:${key}`));
  }
  return { trees, conflicts };
}
