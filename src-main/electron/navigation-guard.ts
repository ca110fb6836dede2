import type { WebContents } from 'electron';
import { isTrustedOrigin } from './app-origin';
import { isExternalLinkAllowed } from './external-links';

export interface NavigationGuardOptions {
  origins: readonly string[];
  /** shell.openExternal in the app; a fake in tests. */
  openExternal: (url: string) => void;
}

/** The parts of WebContents the guard uses, so tests can hand it a fake. */
export type GuardedContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

/**
 * Keeps a WebContents on the app's own pages: navigation and redirects to any other origin are
 * cancelled (main frame and subframes), window.open and target=_blank never create a window
 * (a link to an allow-listed documentation host goes to the system browser instead), and <webview> never attaches.
 */
export function guardNavigation(contents: GuardedContents, options: NavigationGuardOptions): void {
  const refuseForeign = (event: { url: string; preventDefault(): void }) => {
    if (!isTrustedOrigin(event.url, options.origins)) event.preventDefault();
  };
  contents.on('will-navigate', refuseForeign);
  contents.on('will-frame-navigate', refuseForeign);
  contents.on('will-redirect', refuseForeign);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isExternalLinkAllowed(url)) options.openExternal(url);
    return { action: 'deny' };
  });
}
