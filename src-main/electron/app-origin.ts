// The renderer's own origin. Everything the shell trusts (IPC senders, navigation targets,
// permission requests) is compared against the origins built here.

export const APP_SCHEME = 'app';
export const APP_HOST = 'neurona';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * `scheme://host[:port]` of a URL, or null when it has none (about:blank, data:, garbage).
 * Node's URL reports origin "null" for schemes it does not know (app:), so it is rebuilt
 * from protocol and host, which Node parses the same way for every hierarchical scheme.
 */
export function originOf(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (!parsed.host) return null;
  return `${parsed.protocol}//${parsed.host}`.toLowerCase();
}

/** The origins the app's pages may have: app://neurona, plus electron-vite's dev server in dev. */
export function trustedOrigins(devServerUrl: string | undefined): string[] {
  const origins = [APP_ORIGIN];
  const dev = devServerUrl ? originOf(devServerUrl) : null;
  if (dev) origins.push(dev);
  return origins;
}

export function isTrustedOrigin(url: string, origins: readonly string[]): boolean {
  const origin = originOf(url);
  return origin !== null && origins.includes(origin);
}
