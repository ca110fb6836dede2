import type { ShellRequest } from '../../src-shared/contract';

/**
 * Paths for the UI to open (command line, second instance, macOS open-file, File > Open recent)
 * can arrive before the window has loaded its page: they wait here until it has, then go out
 * in order. `send` returns false when no window can take them yet.
 */
export class ShellRequestQueue {
  private readonly pending: ShellRequest[] = [];
  private ready = false;

  constructor(private readonly send: (request: ShellRequest) => boolean) {}

  push(request: ShellRequest): void {
    if (this.ready && this.send(request)) return;
    this.pending.push(request);
  }

  /** The window's page has loaded (its listener is registered before the load event). */
  windowReady(): void {
    this.ready = true;
    while (this.pending.length > 0) {
      if (!this.send(this.pending[0]!)) return;
      this.pending.shift();
    }
  }

  /** The last window closed (macOS keeps the app running): wait for the next one. */
  windowGone(): void {
    this.ready = false;
  }
}
