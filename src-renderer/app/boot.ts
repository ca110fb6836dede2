import type { Settings } from '../../src-shared/contract';
import type { MenuCommand } from '../../src-shared/contract/studio-bridge';
import { asApiError } from '../api/api-error';
import { createApiClient } from '../api/client';
import { pickTransport } from '../api/pick-transport';
import { api, installApiClient } from '../api/studio-api';
import { followImportProgress } from '../features/data/import-progress-store';
import { queueShellRequest } from '../features/desktop/desktop-store';
import { followArchiveProgress } from '../features/sharing/archive-progress-store';
import { useSharing } from '../features/sharing/sharing-store';
import { baseName, stem } from '../features/sharing/path-text';
import { showToast } from '../ui/toast-store';
import i18next from 'i18next';
import { useProjects } from '../features/projects/projects-store';
import { useSettings } from '../features/settings/settings-store';
import { followRunEvents } from '../features/train/runs-store';
import { useAppStore } from './app-store';
import { startI18n } from './i18n';
import { resolveLanguage } from './language';
import { HOME } from './route';
import { navigate, useRouter } from './router-store';

/**
 * Start-up: pick the transport, read the settings (language) and app info, start following
 * events. Leaves the app store saying whether the API could be reached.
 */
export async function bootStudio(): Promise<void> {
  const transport = pickTransport(() => useAppStore.setState({ unauthorized: true }));
  installApiClient(createApiClient(transport));
  // Before any await: main sends paths (command line, open-file) as soon as the page has loaded.
  window.studio?.onShellRequest(queueShellRequest);

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
  followArchiveProgress();
  window.studio?.onMenuCommand(runMenuCommand);
}

/** File menu commands; export works on the project that is open. */
function runMenuCommand(command: MenuCommand): void {
  if (command === 'project.export') {
    const route = useRouter.getState().route;
    if (route.name === 'project') useSharing.getState().requestExport({ path: route.path, name: stem(baseName(route.path)) });
    else showToast(i18next.t('sharing.export.needProject'), 'info');
    return;
  }
  navigate(HOME);
  if (command === 'project.import') useSharing.getState().requestImport();
  else useProjects.getState().requestFocus(command === 'project.new' ? 'new' : 'open');
}
