import { describe, expect, it, vi } from 'vitest';
import { isAcceptableFeedUrl, startUpdateCheck, type UpdaterLike } from './update-check';

function fakeUpdater(check: () => Promise<Awaited<ReturnType<UpdaterLike['checkForUpdates']>>>) {
  return {
    autoDownload: true,
    autoInstallOnAppQuit: false,
    setFeedURL: vi.fn(),
    checkForUpdates: vi.fn(check),
    downloadUpdate: vi.fn(async () => []),
    on: vi.fn(),
  };
}

const base = { isPackaged: true, offerDownload: vi.fn(async () => true), log: vi.fn() };

describe('update check', () => {
  it('stays off without NEURONA_UPDATE_URL: electron-updater is not even loaded', async () => {
    const loadUpdater = vi.fn();
    for (const feedUrl of [undefined, '', '   ']) {
      expect(await startUpdateCheck({ ...base, feedUrl, loadUpdater }).done).toBe('off');
    }
    expect(loadUpdater).not.toHaveBeenCalled();
  });

  it('does not run from a source checkout', async () => {
    const loadUpdater = vi.fn();
    expect(await startUpdateCheck({ ...base, isPackaged: false, feedUrl: 'https://u.example/neurona', loadUpdater }).done).toBe('not-packaged');
    expect(loadUpdater).not.toHaveBeenCalled();
  });

  it('refuses a feed that is not https (plain http only to this machine)', async () => {
    expect(isAcceptableFeedUrl('https://updates.example/neurona/')).toBe(true);
    expect(isAcceptableFeedUrl('http://127.0.0.1:8080/')).toBe(true);
    expect(isAcceptableFeedUrl('http://updates.example/')).toBe(false);
    expect(isAcceptableFeedUrl('https://u:p@updates.example/')).toBe(false);
    expect(isAcceptableFeedUrl('file:///tmp/feed')).toBe(false);
    const loadUpdater = vi.fn();
    expect(await startUpdateCheck({ ...base, feedUrl: 'ftp://x', loadUpdater }).done).toBe('invalid-url');
    expect(loadUpdater).not.toHaveBeenCalled();
  });

  it('points electron-updater at the generic feed, without downloading by itself, and offers a newer version', async () => {
    const updater = fakeUpdater(async () => ({ isUpdateAvailable: true, updateInfo: { version: '0.2.0' } }));
    const offerDownload = vi.fn(async () => true);
    const outcome = await startUpdateCheck({ ...base, offerDownload, feedUrl: 'https://u.example/neurona/', loadUpdater: async () => updater }).done;
    expect(outcome).toBe('downloading');
    expect(updater.setFeedURL).toHaveBeenCalledWith({ provider: 'generic', url: 'https://u.example/neurona/' });
    expect(updater.autoDownload).toBe(false);
    expect(updater.on).toHaveBeenCalledWith('error', expect.any(Function));
    expect(offerDownload).toHaveBeenCalledWith('0.2.0');
    expect(updater.downloadUpdate).toHaveBeenCalled();
  });

  it('says nothing when up to date, and downloads nothing the user declines', async () => {
    const upToDate = fakeUpdater(async () => ({ isUpdateAvailable: false, updateInfo: { version: '0.1.0' } }));
    expect(await startUpdateCheck({ ...base, feedUrl: 'https://u.example/', loadUpdater: async () => upToDate }).done).toBe('up-to-date');
    const newer = fakeUpdater(async () => ({ isUpdateAvailable: true, updateInfo: { version: '0.2.0' } }));
    expect(await startUpdateCheck({ ...base, offerDownload: async () => false, feedUrl: 'https://u.example/', loadUpdater: async () => newer }).done).toBe('declined');
    expect(newer.downloadUpdate).not.toHaveBeenCalled();
  });

  it('offline: returns at once, logs one line and never rejects', async () => {
    let fail!: (err: Error) => void;
    const updater = fakeUpdater(() => new Promise((_resolve, reject) => (fail = reject)));
    const log = vi.fn();
    const started = startUpdateCheck({ ...base, log, feedUrl: 'https://u.example/', loadUpdater: async () => updater });
    // start-up continues here while the request is still pending
    let settled = false;
    void started.done.then(() => (settled = true));
    await Promise.resolve();
    expect(settled).toBe(false);
    await vi.waitFor(() => expect(updater.checkForUpdates).toHaveBeenCalled());
    fail(new Error('net::ERR_INTERNET_DISCONNECTED\n  at stack'));
    expect(await started.done).toBe('failed');
    expect(log).toHaveBeenCalledWith('update check failed: net::ERR_INTERNET_DISCONNECTED');
  });

  it('a check that hangs gives up after its timeout', async () => {
    const updater = fakeUpdater(() => new Promise(() => {}));
    expect(await startUpdateCheck({ ...base, timeoutMs: 20, feedUrl: 'https://u.example/', loadUpdater: async () => updater }).done).toBe('timed-out');
  });
});
