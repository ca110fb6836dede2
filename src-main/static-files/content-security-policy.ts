// The renderer's Content-Security-Policy, sent with every page and asset in both modes (app:// in
// the desktop app, the loopback server in browser mode). No inline or eval'd script, no inline
// <style> (React sets styles through the CSSOM, which CSP allows), no plugins, no <base>, no
// framing, no form posts, network only back to the app itself (plus browser mode's WebSocket).

export function contentSecurityPolicy(extraConnectSources: readonly string[] = []): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    ["connect-src 'self'", ...extraConnectSources].join(' '),
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** The desktop app's policy: no connections beyond app:// itself. */
export const CONTENT_SECURITY_POLICY = contentSecurityPolicy();
