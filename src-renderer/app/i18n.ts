import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LOCALES } from './locale-resources';
import type { UiLanguage } from './language';

export const resources = { en: { translation: LOCALES.trees.en }, es: { translation: LOCALES.trees.es } } as const;

/** Starts i18next with both languages bundled (the app works offline). */
export async function startI18n(language: UiLanguage): Promise<void> {
  await i18next.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = language;
}

export async function switchLanguage(language: UiLanguage): Promise<void> {
  await i18next.changeLanguage(language);
  document.documentElement.lang = language;
}

export { i18next };
