import { mkdirSync } from 'node:fs';
import type { StudioHostOptions } from './host';
import type { StudioContext } from './context';
import { createRouter, type Router } from './router';
import { EventBus } from './event-bus';
import { AppSettings } from '../store/app-settings';
import { RecentProjects } from '../store/recent-projects';
import { ProjectRegistry } from '../store/project-registry';
import { RunManager } from '../training/run-manager';
import { createAppHandlers } from './handlers/app-handlers';
import { createProjectHandlers } from './handlers/project-handlers';
import { createDatasetHandlers } from './handlers/dataset-handlers';
import { createModelHandlers } from './handlers/model-handlers';
import { createRunHandlers } from './handlers/run-handlers';
import { createExportHandlers } from './handlers/export-handlers';
import { createProjectArchiveHandlers } from './handlers/project-archive-handlers';

export interface Studio {
  router: Router;
  events: EventBus;
  context: StudioContext;
  close(): Promise<void>;
}

/** The whole studio behind one router; the Electron shell, the browser-mode server and the CLI all use this. */
export async function createStudio(host: StudioHostOptions, options: { validateOutput?: boolean; log?: (line: string) => void } = {}): Promise<Studio> {
  mkdirSync(host.dataDir, { recursive: true });
  const events = new EventBus();
  const projects = new ProjectRegistry(host.appVersion);
  const context: StudioContext = {
    host,
    events,
    settings: new AppSettings(host.dataDir),
    recent: new RecentProjects(host.dataDir, {
      touched: (path) => host.desktop?.projectOpened(path),
      changed: () => host.desktop?.recentProjectsChanged(),
    }),
    projects,
    runs: new RunManager({ projects, launcher: host.launcher, events }),
  };
  const router = createRouter(
    {
      ...createAppHandlers(context),
      ...createProjectHandlers(context),
      ...createDatasetHandlers(context),
      ...createModelHandlers(context),
      ...createRunHandlers(context),
      ...createExportHandlers(context),
      ...createProjectArchiveHandlers(context),
    },
    {
      validateOutput: options.validateOutput ?? process.env.NEURONA_VALIDATE_OUTPUT === '1',
      onInternalError: (method, err) => options.log?.(`internal error in ${method}: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`),
    },
  );
  return {
    router,
    events,
    context,
    async close() {
      await context.runs.shutdown();
      projects.closeAll();
    },
  };
}
