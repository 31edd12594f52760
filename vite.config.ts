// Vite build for the client-only map: relative base so dist/ works under any sub-path.

import { readFileSync } from "node:fs";
import type { Plugin } from "vite";
import { defineConfig } from "vitest/config";
import { firstViewPlugin } from "./build/firstViewPlugin.ts";
import { glFilesPlugin } from "./build/glFilesPlugin.ts";
import { noticesPlugin } from "./build/noticesPlugin.ts";
import { offlinePlugin } from "./build/offlinePlugin.ts";
import { PREVIEW_ALT, sharingPlugin } from "./build/sharingPlugin.ts";
import { contentSecurityPolicy as policyFor } from "./csp.ts";
import { headersFile, hostHeaders } from "./hosting/headers.ts";
import { appData } from "./src/appData.ts";
import { atlasFromTopology } from "./src/data/atlas.ts";
import { surveyDataset } from "./src/data/dataset.ts";
import { parseSurvey } from "./src/data/survey.ts";
import { validateSurveyMeta } from "./src/data/surveyMeta.ts";
import { MESSAGES } from "./src/i18n/messages.ts";
import { noscriptSurveyTable } from "./src/noscript/surveyTable.ts";
import { parseOrigins } from "./src/publish/tableOrigins.ts";
import { choropleth } from "./src/scales/choropleth.ts";
import { viewOf } from "./src/scene/view.ts";

/**
 * Origins besides the app's own that `src=` may fetch a table from:
 * `TABLE_ORIGINS="https://data.example.fi https://cdn.example.com" npm run build`.
 * None by default. They go into the bundle and into the CSP's connect-src.
 */
const TABLE_ORIGINS = parseOrigins(process.env.TABLE_ORIGINS);
const CONTENT_SECURITY_POLICY = policyFor(TABLE_ORIGINS);

/** Adds the Content Security Policy to the built page only: the dev server needs inline scripts. */
function contentSecurityPolicy(): Plugin {
  return {
    name: "content-security-policy",
    apply: "build",
    transformIndexHtml: () => [
      {
        tag: "meta",
        attrs: { "http-equiv": "Content-Security-Policy", content: CONTENT_SECURITY_POLICY },
        injectTo: "head-prepend",
      },
    ],
  };
}

/**
 * MapLibre's worker is copied as an asset with its `sourceMappingURL` comment,
 * pointing to a map dist/ does not have: the comment is removed.
 */
function noDanglingSourceMaps(): Plugin {
  return {
    name: "no-dangling-source-maps",
    apply: "build",
    generateBundle(_options, bundle) {
      const strip = (text: string) => text.replace(/\n?\/\/# sourceMappingURL=\S+\s*$/, "\n");
      for (const file of Object.values(bundle)) {
        if (file.type !== "asset" || !/\.m?js$/.test(file.fileName)) continue;
        const source = file.source;
        file.source = strip(typeof source === "string" ? source : new TextDecoder().decode(source));
      }
    },
  };
}

/** Writes the default survey edition as an HTML table into the page's <noscript>, at build time. */
function noscriptSurvey(): Plugin {
  return {
    name: "noscript-survey",
    transformIndexHtml(html) {
      const read = (path: string) => readFileSync(new URL(path, import.meta.url), "utf8");
      const { default: id } = JSON.parse(read("public/data/survey/editions.json")) as {
        default: string;
      };
      const atlas = atlasFromTopology(JSON.parse(read("public/data/finland-2025.topo.json")));
      const survey = parseSurvey(
        read(`public/data/survey/${id}.csv`),
        validateSurveyMeta(JSON.parse(read(`public/data/survey/${id}.meta.json`))),
        atlas.regions.county,
      );
      // The same views the app makes, one per metric: the noscript table shows what the map shows.
      const data = appData(atlas, { default: id, editions: [id] });
      const dataset = surveyDataset(
        survey,
        atlas.regions.county.map((c) => c.code),
      );
      const views = dataset.metrics.map((metric) =>
        viewOf({
          data,
          dataset,
          choropleth: choropleth(dataset, metric.id, "sequential"),
          lang: "fi",
          overlay: false,
          selected: null,
          present: false,
        }),
      );
      return html.replace("<!--noscript-survey-->", noscriptSurveyTable(views));
    },
  };
}

export default defineConfig({
  // A relative base lets a newsroom CMS or an intranet host dist/ under any path.
  base: "./",
  define: { __TABLE_ORIGINS__: JSON.stringify(TABLE_ORIGINS) },
  plugins: [
    contentSecurityPolicy(),
    noDanglingSourceMaps(),
    noscriptSurvey(),
    noticesPlugin(),
    offlinePlugin({
      name: MESSAGES.fi.appTitle,
      shortName: "Hyvinvointialueet",
      description: MESSAGES.fi.metaDescription,
    }),
    // Canonical and og:url need the public address: SITE_URL=https://example.org/kartta/ npm run build.
    {
      // A static host's `_headers` file (Netlify, Cloudflare Pages), from the one list of headers.
      name: "host-headers",
      apply: "build",
      generateBundle() {
        this.emitFile({ type: "asset", fileName: "_headers", source: headersFile(TABLE_ORIGINS) });
      },
    },
    sharingPlugin({
      title: MESSAGES.fi.appTitle,
      description: MESSAGES.fi.metaDescription,
      imageAlt: PREVIEW_ALT.fi,
    }),
    firstViewPlugin(),
    glFilesPlugin(),
  ],
  // The import worker as an ES module: its code splits, so SheetJS loads only for a workbook.
  worker: { format: "es" },
  build: {
    target: "es2022",
    // No source maps in dist/: the source is public in the repository, and every file
    // a host serves is one the app uses (README, "Hosting").
    sourcemap: false,
    // MapLibre alone is over 500 kB minified; the warning would only repeat that.
    chunkSizeWarningLimit: 1200,
    // Rolldown's plugin-timings note reads like a warning on every build; the build has no slow plugin.
    rolldownOptions: { checks: { bundlerTimings: false } },
  },
  // The files are public: any origin may load them, as a sandboxed (opaque-origin)
  // newsroom iframe must. Hosts of dist/ should send the same header.
  // The security headers documented for hosts in the README, so every browser test runs under them.
  preview: {
    host: "127.0.0.1",
    headers: hostHeaders(TABLE_ORIGINS),
  },
  server: { host: "127.0.0.1" },
  test: {
    include: ["tests/unit/**/*.test.ts", "geo/**/*.test.ts"],
    environment: "node",
    // Pin what could make results depend on the machine.
    env: { TZ: "UTC", LANG: "C.UTF-8" },
  },
});
