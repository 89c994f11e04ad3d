/** The Content-Security-Policy of every page: no inline scripts, no third-party origins. */
export const CSP_BASE = [
  "default-src 'self'",
  "script-src 'self'",
  // Plot and Astro emit inline <style>: styles may be inline, scripts may not.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

/** The policy as a <meta> tag can carry it (frame-ancestors only works as a header: see _headers). */
export const CSP_META = CSP_BASE.join('; ');

export function cspHeader(frameAncestors: string): string {
  return [...CSP_BASE, `frame-ancestors ${frameAncestors}`].join('; ');
}
