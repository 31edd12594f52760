// Vite plugin: the first view in one round trip: preload hints for its data files, and the survey carried in the page.
import { readFileSync } from "node:fs";
import type { HtmlTagDescriptor, Plugin } from "vite";
import { CARRIED_FILES_ID, carriedFilesJson } from "../src/data/carried.ts";
import { DATA_FILES, FIRST_VIEW_FILES, SURVEY_FOLDER } from "../src/data/files.ts";

/** The public/ files the page carries: the list of survey editions and the default edition's two files. */
export function carriedFiles(read: (path: string) => string): Map<string, string> {
  const editions = read(DATA_FILES.editions);
  const { default: id } = JSON.parse(editions) as { default: string };
  const metaPath = `${SURVEY_FOLDER}${id}.meta.json`;
  const meta = read(metaPath);
  const { file } = JSON.parse(meta) as { file: string };
  return new Map([
    [DATA_FILES.editions, editions],
    [metaPath, meta],
    [`${SURVEY_FOLDER}${file}`, read(`${SURVEY_FOLDER}${file}`)],
  ]);
}

/**
 * Writes into the page what its first view needs beside the script and the
 * stylesheet, so nothing waits for anything else: a preload hint for the
 * first view's topology, and the survey (editions list, metadata, table: about 3 kB gzip)
 * as a JSON data block, which the browser never runs, so the Content Security
 * Policy stays `script-src 'self'`. The app reads a carried file instead of
 * fetching it (`src/data/carried.ts`); a page without the block fetches them.
 */
export function firstViewPlugin(): Plugin {
  const read = (path: string) =>
    readFileSync(new URL(`../public/${path}`, import.meta.url), "utf8");
  return {
    name: "first-view",
    transformIndexHtml: (): HtmlTagDescriptor[] => [
      ...FIRST_VIEW_FILES.map(
        (href): HtmlTagDescriptor => ({
          tag: "link",
          attrs: {
            rel: "preload",
            href: `./${href}`,
            as: "fetch",
            // As the app's fetch asks (CORS, same-origin credentials), so the response is reused.
            crossorigin: "anonymous",
            fetchpriority: "high",
          },
          injectTo: "head",
        }),
      ),
      {
        tag: "script",
        attrs: { type: "application/json", id: CARRIED_FILES_ID },
        children: carriedFilesJson(carriedFiles(read)),
        injectTo: "body",
      },
    ],
  };
}
