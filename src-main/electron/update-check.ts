// The optional update check: only when NEURONA_UPDATE_URL names a feed (electron-builder's
// "generic" provider: latest.yml and the installers at that URL), only in a packaged app, and
// always in the background: start-up never waits for it and an offline machine only logs a line.

/** The parts of electron-updater's AppUpdater the check uses (a fake in tests). */
export interface UpdaterLike {
  autoDownload: boolean;
  autoInstallOnAppQuit: boolean;
  setFeedURL(options: { provider: 'generic'; url: string }): void;
  checkForUpdates(): Promise<{ isUpdateAvailable?: boolean; updateInfo: { version: string } } | null>;
  downloadUpdate(): Promise<unknown>;
  on(event: 'error', listener: (err: Error) => void): unknown;
}

export interface UpdateCheckOptions {
  /** process.env.NEURONA_UPDATE_URL */
  feedUrl: string | undefined;
  isPackaged: boolean;
  /** `import('electron-updater')`, called only when a check will run. */
  loadUpdater: () => Promise<UpdaterLike>;
  /** Asks the user whether to download version `version`; true to download. */
  offerDownload: (version: string) => Promise<boolean>;
  log: (line: string) => void;
  timeoutMs?: number;
}

export type UpdateCheckOutcome = 'off' | 'not-packaged' | 'invalid-url' | 'up-to-date' | 'declined' | 'downloading' | 'failed' | 'timed-out';

/** https anywhere, plain http only to this machine (a local test server). */
export function isAcceptableFeedUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    if (parsed.username || parsed.password) return false;
    return parsed.protocol === 'https:' || (parsed.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(parsed.hostname));
  } catch {
    return false;
  }
}

async function check(options: UpdateCheckOptions, url: string): Promise<UpdateCheckOutcome> {
  const updater = await options.loadUpdater();
  updater.autoDownload = false;
  updater.autoInstallOnAppQuit = true;
  // electron-updater also emits 'error' for failures it reports through the promise; without a
  // listener that event would throw.
  updater.on('error', (err) => options.log(`update check: ${err.message.split('\n')[0]}`));
  updater.setFeedURL({ provider: 'generic', url });
  const result = await updater.checkForUpdates();
  if (!result || result.isUpdateAvailable === false) return 'up-to-date';
  if (!(await options.offerDownload(result.updateInfo.version))) return 'declined';
  void updater.downloadUpdate().catch((err: unknown) => options.log(`update download failed: ${err instanceof Error ? err.message : String(err)}`));
  return 'downloading';
}

/**
 * Starts the check and returns at once; `done` settles with what happened and never rejects.
 * Without a feed URL nothing is loaded at all.
 */
export function startUpdateCheck(options: UpdateCheckOptions): { done: Promise<UpdateCheckOutcome> } {
  const url = options.feedUrl?.trim();
  if (!url) return { done: Promise.resolve('off') };
  if (!options.isPackaged) return { done: Promise.resolve('not-packaged') };
  if (!isAcceptableFeedUrl(url)) {
    options.log(`NEURONA_UPDATE_URL is not an https URL (${url}); no update check`);
    return { done: Promise.resolve('invalid-url') };
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timedOut = new Promise<UpdateCheckOutcome>((resolve) => {
    timer = setTimeout(() => resolve('timed-out'), options.timeoutMs ?? 30_000);
    timer.unref?.();
  });
  const running = check(options, url).catch((err: unknown): UpdateCheckOutcome => {
    options.log(`update check failed: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`);
    return 'failed';
  });
  const done = Promise.race([running, timedOut]).finally(() => clearTimeout(timer));
  return { done };
}
