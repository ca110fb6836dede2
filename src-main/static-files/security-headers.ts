// The headers every page and asset of the studio carries, in both modes: app:// in the desktop
// app and the loopback server in browser mode. One list, so the two cannot drift apart.

/**
 * `csp` is the page's Content-Security-Policy (browser mode adds its WebSocket to connect-src).
 * COOP puts the page in its own browsing-context group (no window.opener handle from or to
 * another site); CORP keeps other origins from embedding our responses; no framing, no sniffing,
 * no Referer leaving the app.
 */
export function securityHeaders(csp: string): Record<string, string> {
  return {
    'Content-Security-Policy': csp,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'X-Frame-Options': 'DENY',
  };
}

/** The header names securityHeaders sets, for tests that compare the two modes. */
export const SECURITY_HEADER_NAMES = Object.keys(securityHeaders(''));
