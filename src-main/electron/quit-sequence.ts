import type { App } from 'electron';

/**
 * Holds the app's exit until the studio has closed (workers stopped, databases closed), then
 * quits for real. A close that hangs does not keep the app alive past `timeoutMs`.
 */
export function closeBeforeQuit(
  app: Pick<App, 'on' | 'quit'>,
  close: () => Promise<void>,
  options: { timeoutMs?: number; onError?: (err: unknown) => void } = {},
): void {
  let state: 'open' | 'closing' | 'closed' = 'open';
  app.on('will-quit', (event) => {
    if (state === 'closed') return;
    event.preventDefault();
    if (state === 'closing') return;
    state = 'closing';
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<void>((resolve) => {
      timer = setTimeout(() => {
        options.onError?.(new Error(`Studio did not close within ${options.timeoutMs ?? 5000} ms; quitting anyway`));
        resolve();
      }, options.timeoutMs ?? 5000);
    });
    Promise.race([close().catch((err: unknown) => options.onError?.(err)), timeout]).finally(() => {
      clearTimeout(timer);
      state = 'closed';
      app.quit();
    });
  });
}
