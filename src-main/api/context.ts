import type { StudioHostOptions } from './host';
import type { EventBus } from './event-bus';
import type { AppSettings } from '../store/app-settings';
import type { RecentProjects } from '../store/recent-projects';
import type { ProjectRegistry } from '../store/project-registry';
import type { RunManager } from '../training/run-manager';

/** The services every handler module is built from. */
export interface StudioContext {
  host: StudioHostOptions;
  events: EventBus;
  settings: AppSettings;
  recent: RecentProjects;
  projects: ProjectRegistry;
  runs: RunManager;
}
