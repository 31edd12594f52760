// The headers a host sends with the built app: one list, used by `vite preview`, the `_headers` file and the tests.
import { contentSecurityPolicy } from "../csp.ts";

/**
 * Sent with every file (README, "Headers for hosts"); `tableOrigins` are the
 * origins a build lists for `src=` tables (TABLE_ORIGINS), added to connect-src.
 */
export function hostHeaders(tableOrigins: readonly string[] = []): Record<string, string> {
  return {
    "Content-Security-Policy": `${contentSecurityPolicy(tableOrigins)}; frame-ancestors *`,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "Access-Control-Allow-Origin": "*",
  };
}

/** The headers of a build that lists no table origins (the default). */
export const HOST_HEADERS: Readonly<Record<string, string>> = hostHeaders();

/**
 * How long a browser may keep a file without asking: the hashed files under
 * assets/ for a year (a new build has new names), everything else (the page,
 * the service worker, the data, the manifest) revalidated on every use.
 */
export const CACHE_CONTROL = {
  hashed: "public, max-age=31536000, immutable",
  other: "no-cache",
} as const;

/** A static host's `_headers` file (Netlify, Cloudflare Pages): the headers for all, then the cache rules. */
export function headersFile(tableOrigins: readonly string[] = []): string {
  const lines = [
    '# Written by the build from hosting/headers.ts; see README, "Headers for hosts".',
    "/*",
  ];
  for (const [name, value] of Object.entries(hostHeaders(tableOrigins)))
    lines.push(`  ${name}: ${value}`);
  lines.push("", "/assets/*", `  Cache-Control: ${CACHE_CONTROL.hashed}`);
  for (const path of ["/", "/index.html", "/sw.js", "/manifest.webmanifest", "/data/*"])
    lines.push("", path, `  Cache-Control: ${CACHE_CONTROL.other}`);
  return `${lines.join("\n")}\n`;
}
