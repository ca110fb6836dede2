import type { Settings } from '../../src-shared/contract';
import { asApiError } from '../api/api-error';
import { createApiClient } from '../api/client';
import { pickTransport } from '../api/pick-transport';
import { api, installApiClient } from '../api/studio-api';
import { followImportProgress } from '../features/data/import-progress-store';
import { useProjects } from '../features/projects/projects-store';
import { useSettings } from '../features/settings/settings-store';
import { followRunEvents } from '../features/train/runs-store';
import { useAppStore } from './app-store';
import { startI18n } from './i18n';
import { resolveLanguage } from './language';
import { HOME } from './route';
import { navigate } from './router-store';

/**
 * Start-up: pick the transport, read the settings (language) and app info, start following
 * events. Leaves the app store saying whether the API could be reached.
 */
export async function bootStudio(): Promise<void> {
  const transport = pickTransport(() => useAppStore.setState({ unauthorized: true }));
  installApiClient(createApiClient(transport));

  let settings: Settings = { language: 'system' };
  try {
    settings = await api.call('settings.get', {});
    useSettings.getState().adopt(settings);
    useAppStore.setState({ info: await api.call('app.info', {}) });
  } catch (err) {
    const error = asApiError(err);
    if (error.code !== 'UNAUTHORIZED') useAppStore.setState({ bootError: error });
  }
  await startI18n(resolveLanguage(settings.language, navigator.languages));

  api.onConnectionChange((connection) => useAppStore.setState({ connection }));
  followRunEvents();
  followImportProgress();
  window.studio?.onMenuCommand((command) => {
    navigate(HOME);
    useProjects.getState().requestFocus(command === 'project.new' ? 'new' : 'open');
  });
}
