// The renderer's Content-Security-Policy, sent with every app:// response.
// No inline or eval'd script, no inline <style> (React sets styles through the CSSOM, which CSP
// allows), no plugins, no <base>, no framing, no form posts, network only back to the app itself.

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
