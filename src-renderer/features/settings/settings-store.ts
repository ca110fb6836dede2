import { create } from 'zustand';
import type { Settings } from '../../../src-shared/contract';
import { api } from '../../api/studio-api';
import { switchLanguage } from '../../app/i18n';
import { resolveLanguage } from '../../app/language';

interface SettingsState {
  settings: Settings | null;
  /** Applies settings read at start-up (main.tsx). */
  adopt(settings: Settings): void;
  setLanguage(language: Settings['language']): Promise<void>;
}

export const useSettings = create<SettingsState>((set) => ({
  settings: null,
  adopt(settings) {
    set({ settings });
  },
  async setLanguage(language) {
    const settings = await api.call('settings.set', { language });
    set({ settings });
    await switchLanguage(resolveLanguage(settings.language, navigator.languages));
  },
}));
