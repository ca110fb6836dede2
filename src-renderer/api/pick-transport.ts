import { createElectronTransport } from './electron-transport';
import { createHttpTransport } from './http-transport';
import { takeLaunchToken } from './launch-token';
import type { Transport } from './transport';

/** Electron when the preload's bridge is there, otherwise the browser-mode server that served this page. */
export function pickTransport(onUnauthorized: () => void): Transport {
  if (window.studio) return createElectronTransport(window.studio);
  const token = takeLaunchToken({
    href: window.location.href,
    storage: window.sessionStorage,
    replaceUrl: (url) => window.history.replaceState(window.history.state, '', url),
  });
  return createHttpTransport({
    origin: window.location.origin,
    token,
    fetch: (input, init) => window.fetch(input, init),
    openSocket: (url) => new WebSocket(url),
    onUnauthorized,
  });
}
