// Vite plugin: the installable, offline app: icons, the web manifest, and the service worker with its file list.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { build, type HtmlTagDescriptor, type Plugin } from "vite";
import { precacheList } from "../src/offline/cachePlan.ts";
import { faviconPng, faviconSvg, iconPng, iconSvg } from "./pictures.ts";

/** The icons in dist/, by file name: PNGs for the manifest and Apple, the SVG icon, and the tab's favicons. */
const ICONS = {
  "icon-192.png": () => iconPng(192),
  "icon-512.png": () => iconPng(512),
  "icon-maskable-512.png": () => iconPng(512, true),
  "apple-touch-icon.png": () => iconPng(180),
  "favicon-32.png": () => faviconPng(32),
  "favicon.svg": () => faviconSvg(),
  "icon.svg": () => iconSvg(),
} as const;

export const THEME_COLOR = "#0b5394";

/** The web manifest: Finnish, the app's folder as its scope, relative URLs (any sub-path works). */
export function webManifest(name: string, shortName: string, description: string): string {
  return `${JSON.stringify(
    {
      id: "./",
      name,
      short_name: shortName,
      description,
      lang: "fi",
      dir: "ltr",
      start_url: "./",
      scope: "./",
      display: "standalone",
      background_color: "#ffffff",
      theme_color: THEME_COLOR,
      icons: [
        { src: "icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
        { src: "icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
        { src: "icon-maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
        { src: "icon.svg", sizes: "any", type: "image/svg+xml", purpose: "any" },
      ],
    },
    null,
    2,
  )}\n`;
}

/** Every file under `dir`, as "/"-separated paths relative to it. */
function filesUnder(dir: string): string[] {
  return (readdirSync(dir, { recursive: true, withFileTypes: true }) as import("node:fs").Dirent[])
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join("/"));
}

/**
 * Emits the icons and the manifest, links them from the page, and when the
 * build is written, builds `src/offline/sw.ts` into `dist/sw.js` with the list
 * of kept files and a version made of their contents: a change to any kept
 * file is a new service worker, which the browser finds on the next visit.
 */
export function offlinePlugin(texts: {
  name: string;
  shortName: string;
  description: string;
}): Plugin {
  let outDir = "dist";
  return {
    name: "offline",
    apply: "build",
    configResolved(config) {
      outDir = join(config.root, config.build.outDir);
    },
    generateBundle() {
      for (const [fileName, make] of Object.entries(ICONS))
        this.emitFile({ type: "asset", fileName, source: make() });
      this.emitFile({
        type: "asset",
        fileName: "manifest.webmanifest",
        source: webManifest(texts.name, texts.shortName, texts.description),
      });
    },
    transformIndexHtml: {
      order: "post",
      handler: (): HtmlTagDescriptor[] => [
        { tag: "meta", attrs: { name: "theme-color", content: THEME_COLOR }, injectTo: "head" },
        {
          tag: "link",
          attrs: { rel: "manifest", href: "./manifest.webmanifest" },
          injectTo: "head",
        },
        // The SVG outline for browsers that take one (some 300 bytes), the PNG for the others.
        {
          tag: "link",
          attrs: { rel: "icon", href: "./favicon.svg", type: "image/svg+xml" },
          injectTo: "head",
        },
        {
          tag: "link",
          attrs: { rel: "icon", href: "./favicon-32.png", sizes: "32x32", type: "image/png" },
          injectTo: "head",
        },
        {
          tag: "link",
          attrs: { rel: "apple-touch-icon", href: "./apple-touch-icon.png" },
          injectTo: "head",
        },
      ],
    },
    async closeBundle() {
      const kept = precacheList(filesUnder(outDir));
      const hash = createHash("sha256");
      for (const file of kept) hash.update(`${file}\0`).update(readFileSync(join(outDir, file)));
      const version = hash.digest("hex").slice(0, 16);
      const result = await build({
        configFile: false,
        logLevel: "warn",
        publicDir: false,
        define: { __PRECACHE__: JSON.stringify(kept), __VERSION__: JSON.stringify(version) },
        build: {
          write: false,
          target: "es2022",
          lib: {
            entry: fileURLToPath(new URL("../src/offline/sw.ts", import.meta.url)),
            formats: ["iife"],
            name: "serviceWorker",
            fileName: () => "sw.js",
          },
          rolldownOptions: { checks: { bundlerTimings: false } },
        },
      });
      const outputs = (Array.isArray(result) ? result : [result]) as {
        output: { type: string; code?: string }[];
      }[];
      const code = outputs.flatMap((r) => r.output).find((o) => o.type === "chunk")?.code;
      if (!code) throw new Error("the service worker did not build");
      writeFileSync(join(outDir, "sw.js"), code);
    },
  };
}
