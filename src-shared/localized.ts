import { z } from 'zod';

/** A text in every UI language. */
export const LocalizedSchema = z.object({ en: z.string(), es: z.string() });
export type Localized = z.infer<typeof LocalizedSchema>;

export type Language = keyof Localized;
export const LANGUAGES: readonly Language[] = ['en', 'es'];
