import { mergeLocaleFiles, type LocaleTree, type MergedLocales } from './locale-merge';

// Every locales/<lang>/<feature>.json, bundled (the app works offline).
const FILES = import.meta.glob<LocaleTree>('./locales/*/*.json', { eager: true, import: 'default' });

export const LOCALES: MergedLocales = mergeLocaleFiles(FILES);
export { mergeLocaleFiles, type LocaleTree, type MergedLocales } from './locale-merge';
