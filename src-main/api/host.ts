import type { WorkerLauncher } from '../training/worker/launcher';

/** Native folder/file pickers; only the Electron host has them. */
export interface HostDialogs {
  pickDirectory(options: { title?: string; defaultPath?: string }): Promise<string | null>;
  pickFile(options: { title?: string; defaultPath?: string; extensions?: string[] }): Promise<string | null>;
  /** Where to save a new file; the OS dialog asks before replacing one. */
  pickSaveFile(options: { title?: string; defaultPath?: string; extensions?: string[] }): Promise<string | null>;
}

/** The desktop shell's hooks into the studio; the browser-mode server and the CLI have none. */
export interface HostDesktop {
  /** A project was opened (or created, imported): it goes into the OS recent-documents list. */
  projectOpened(path: string): void;
  /** The recent-projects list changed (the File menu shows it). */
  recentProjectsChanged(): void;
}

/** What the host (Electron shell, browser-mode server, CLI) gives the studio when it creates it. */
export interface StudioHostOptions {
  mode: 'electron' | 'browser';
  /** Settings and the recent-projects list live here (Electron: app.getPath('userData')). */
  dataDir: string;
  /** Where new projects go by default (Electron: the documents folder; browser mode: the data dir). */
  defaultProjectsDir: string;
  /** Starts training/prediction worker processes. */
  launcher: WorkerLauncher;
  dialogs?: HostDialogs;
  desktop?: HostDesktop;
  appVersion: string;
}
