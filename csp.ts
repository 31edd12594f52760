// The Content Security Policy of the built app: no inline script, no eval, nothing from other origins.

/**
 * Sent as a meta tag in dist/index.html (hosts should also send it as a header,
 * with `frame-ancestors`, which a meta tag cannot carry). `data:` is allowed for
 * workers: in a sandboxed iframe (an opaque origin) MapLibre fetches its worker
 * script and starts it from a data: URL; `'self'` there also covers the
 * service worker (sw.js, the offline copy). `blob:` and `data:` are allowed for
 * images (PNG export, the SVG snapshot).
 */
export const CONTENT_SECURITY_POLICY = contentSecurityPolicy([]);

/**
 * The policy with the origins tables may be fetched from (`src=`, listed at
 * build time by TABLE_ORIGINS) added to `connect-src`, and nothing else changed.
 */
export function contentSecurityPolicy(tableOrigins: readonly string[]): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    ["connect-src 'self'", ...tableOrigins].join(" "),
    "worker-src 'self' data:",
    "child-src 'self' data:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");
}
