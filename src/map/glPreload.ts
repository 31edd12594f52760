// Fetches MapLibre's chunk and stylesheet ahead of need (a gesture started), and the detailed shapes (a gesture past the detail zoom), without running or reading them.
import { DATA_FILES } from "../data/files.ts";

/** The id of the page's JSON data block that names them (build/glFilesPlugin.ts writes it). */
export const GL_FILES_ID = "gl-files";

/** MapLibre's files, relative to the page. */
export interface GlFiles {
  script: string;
  styles: string[];
}

let done = false;

/**
 * Adds `modulepreload` and `preload` hints for MapLibre's chunk and
 * stylesheet, once: the browser fetches and compiles them off the main thread
 * while a gesture goes on, and the import when it rests finds them ready. A
 * page without the block (the dev server) does nothing; the import fetches
 * them then.
 */
export function preloadGl(): void {
  if (done) return;
  done = true;
  let files: GlFiles;
  try {
    files = JSON.parse(document.getElementById(GL_FILES_ID)?.textContent ?? "null") as GlFiles;
  } catch {
    return;
  }
  if (!files?.script) return;
  link({ rel: "modulepreload", href: url(files.script) });
  for (const style of files.styles ?? []) link({ rel: "preload", as: "style", href: url(style) });
}

/** Adds a resource hint to the page's head. */
function link(attributes: Record<string, string>): void {
  const element = document.createElement("link");
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, value);
  document.head.append(element);
}

const url = (path: string) => new URL(path, document.baseURI).href;

let detailAsked = false;

/**
 * Adds a `preload` hint for the detailed topology, once: fetched while the
 * gesture goes on, it is in the memory cache when the rest reads it with
 * `fetch` (the hint's `crossorigin` matches fetch's same-origin CORS mode, as
 * the first view's hint does).
 */
export function preloadDetail(): void {
  if (detailAsked) return;
  detailAsked = true;
  link({ rel: "preload", as: "fetch", crossorigin: "anonymous", href: url(DATA_FILES.detailed) });
}
