import { z } from 'zod';
import type { Language, Localized } from '../localized';
import type { LayerCategory } from './layer-definition';
import en from './locales/en.json';
import es from './locales/es.json';

// Layer and parameter texts are data (the way netron keeps operator metadata): one JSON file per
// language, read here by the renderer, main and the CLI alike. Shared parameters (activation,
// padding, initializers…) are written once under `params`; a kind overrides one under its own
// `layers.<kind>.params` only where it means something more specific there.

const ParamTextSchema = z.strictObject({ label: z.string().min(1), help: z.string().min(1) });
const LayerTextSchema = z.strictObject({
  title: z.string().min(1),
  help: z.string().min(1),
  params: z.record(z.string(), ParamTextSchema).optional(),
});
const TemplateTextSchema = z.strictObject({ title: z.string().min(1), description: z.string().min(1) });
export const LayerLocaleSchema = z.strictObject({
  categories: z.record(z.string(), z.string().min(1)),
  templates: z.record(z.string(), TemplateTextSchema),
  params: z.record(z.string(), ParamTextSchema),
  layers: z.record(z.string(), LayerTextSchema),
});
export type LayerLocale = z.infer<typeof LayerLocaleSchema>;

const LOCALES: Readonly<Record<Language, LayerLocale>> = { en: LayerLocaleSchema.parse(en), es: LayerLocaleSchema.parse(es) };

function both(pick: (locale: LayerLocale) => string | undefined, fallback: string): Localized {
  return { en: pick(LOCALES.en) ?? fallback, es: pick(LOCALES.es) ?? fallback };
}

/** Title and help of a layer kind; an unknown kind (an imported file's) is shown by its id. */
export function layerTexts(kind: string): { title: Localized; help: Localized } {
  return {
    title: both((locale) => locale.layers[kind]?.title, kind),
    help: both((locale) => locale.layers[kind]?.help, ''),
  };
}

export function layerTitle(kind: string, language: Language): string {
  return LOCALES[language].layers[kind]?.title ?? kind;
}

function paramText(locale: LayerLocale, kind: string, name: string): z.infer<typeof ParamTextSchema> | undefined {
  return locale.layers[kind]?.params?.[name] ?? locale.params[name];
}

/** Label and help of one parameter of a kind: the kind's own text, else the shared one. */
export function paramTexts(kind: string, name: string): { label: Localized; help: Localized } {
  return {
    label: both((locale) => paramText(locale, kind, name)?.label, name),
    help: both((locale) => paramText(locale, kind, name)?.help, ''),
  };
}

/** Title and description of a model template. */
export function templateTexts(id: string): { title: Localized; description: Localized } {
  return {
    title: both((locale) => locale.templates[id]?.title, id),
    description: both((locale) => locale.templates[id]?.description, ''),
  };
}

export function categoryTitle(category: LayerCategory): Localized {
  return both((locale) => locale.categories[category], category);
}

/** For tests: whether a text exists in a language without falling back. */
export function hasParamText(language: Language, kind: string, name: string): boolean {
  return paramText(LOCALES[language], kind, name) !== undefined;
}

export function layerLocale(language: Language): LayerLocale {
  return LOCALES[language];
}
