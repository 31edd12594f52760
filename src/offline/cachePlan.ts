// What the service worker keeps for offline use, and how it answers a request. Pure: no service-worker API.

/** Files of dist/ that no page needs offline: the worker itself, pages for crawlers and hosts, the preview image. */
const NOT_KEPT = [
  /^sw\.js$/,
  /^404\.html$/,
  /^robots\.txt$/,
  /^og-image\.png$/,
  /^_headers$/,
  /\.map$/,
];

/**
 * The files of a build (paths relative to dist/, "/"-separated) that the service
 * worker keeps: the page, every script, worker and stylesheet (MapLibre's
 * included), the data (the first view's and the detailed topology, the
 * surveys, the samples), icons, the manifest, the notices and the
 * accessibility statement. Sorted, so the list and the version derived from
 * it do not depend on the order the build wrote the files in.
 */
export function precacheList(files: readonly string[]): string[] {
  return files.filter((f) => !NOT_KEPT.some((pattern) => pattern.test(f))).sort();
}

/** The cache of a version: every version has its own, and the old ones go when a new one takes over. */
export const CACHE_PREFIX = "hyvinvointialueet-kartta-";
export const cacheName = (version: string) => `${CACHE_PREFIX}${version}`;

export type Strategy =
  /** A page of the app (its address with any query): the kept index.html, the network if it is not kept. */
  | { kind: "page"; path: "index.html" }
  /** A kept file: from the cache, the network if it is missing there. */
  | { kind: "kept"; path: string }
  /** Anything else: the network, as if there were no service worker. */
  | { kind: "network" };

export interface RequestInfo {
  url: string;
  method: string;
  /** The request's mode: "navigate" for a page. */
  mode: string;
}

/**
 * How to answer a request, given the worker's scope (the app's folder, ending
 * in "/") and the kept files. Only GET requests of the scope's origin and
 * folder are answered from the cache; a page of the app ("./", "./?metric=…",
 * "./index.html#…") gets the kept index.html; a kept file is matched by path,
 * its query ignored. Other origins, methods and paths go to the network.
 */
export function strategyFor(
  request: RequestInfo,
  scope: string,
  kept: ReadonlySet<string>,
): Strategy {
  if (request.method !== "GET") return { kind: "network" };
  const url = new URL(request.url);
  const base = new URL(scope);
  if (url.origin !== base.origin || !url.pathname.startsWith(base.pathname))
    return { kind: "network" };
  const path = decodeURIComponent(url.pathname.slice(base.pathname.length));
  if (request.mode === "navigate" && (path === "" || path === "index.html"))
    return kept.has("index.html") ? { kind: "page", path: "index.html" } : { kind: "network" };
  return kept.has(path) ? { kind: "kept", path } : { kind: "network" };
}
