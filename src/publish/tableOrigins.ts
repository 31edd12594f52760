// The origins a table may be fetched from (`src=`): the app's own, and those listed at build time.

/**
 * Reads a build-time list ("https://data.example.fi, https://cdn.example.com"):
 * each entry must be an http(s) origin alone (no path, no wildcard), else
 * the build stops with its name. Used by vite.config.ts for the bundle and the CSP.
 */
export function parseOrigins(list: string | undefined): string[] {
  const entries = (list ?? "")
    .split(/[\s,]+/)
    .map((e) => e.trim())
    .filter(Boolean);
  return entries.map((entry) => {
    let origin = "";
    try {
      const url = new URL(entry);
      origin = /^https?:$/.test(url.protocol) ? url.origin : "";
    } catch {
      origin = "";
    }
    if (!origin || origin !== entry.replace(/\/$/, ""))
      throw new Error(
        `TABLE_ORIGINS: "${entry}" is not an origin (https://host[:port], nothing after it)`,
      );
    return origin;
  });
}

/** Why an address was refused before any request: not http(s), or an origin not on the list. */
export type SrcRefusal = { kind: "notHttp" } | { kind: "origin"; origin: string };

/**
 * The address of `src` resolved against the page, or why it is refused: the
 * page's own origin and the listed origins only, over http(s).
 */
export function allowedSrc(
  src: string,
  page: string,
  listed: readonly string[],
): { url: URL } | SrcRefusal {
  let url: URL;
  try {
    url = new URL(src, page);
  } catch {
    return { kind: "notHttp" };
  }
  if (!/^https?:$/.test(url.protocol)) return { kind: "notHttp" };
  const own = new URL(page).origin;
  return url.origin === own || listed.includes(url.origin)
    ? { url }
    : { kind: "origin", origin: url.origin };
}
