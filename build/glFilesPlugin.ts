// Vite plugin: the page names MapLibre's chunk and stylesheet, so the map can fetch them when a gesture starts.
import type { IndexHtmlTransformContext, Plugin } from "vite";
import { GL_FILES_ID, type GlFiles } from "../src/map/glPreload.ts";

/** The chunk of `src/map/mapAdapter.ts` (MapLibre and the adapter) and the stylesheets it imports. */
export function glFiles(bundle: IndexHtmlTransformContext["bundle"]): GlFiles | null {
  for (const file of Object.values(bundle ?? {}))
    if (
      file.type === "chunk" &&
      /[\\/]src[\\/]map[\\/]mapAdapter\.ts$/.test(file.facadeModuleId ?? "")
    )
      return {
        script: file.fileName,
        styles: [
          ...((file as { viteMetadata?: { importedCss?: Set<string> } }).viteMetadata
            ?.importedCss ?? []),
        ],
      };
  return null;
}

/**
 * Writes the file names of MapLibre's chunk and stylesheet into the built page
 * as a JSON data block (never run, so the Content Security Policy is
 * unchanged). The page does not fetch them: the first gesture does
 * (`src/map/glPreload.ts`), so that when it rests MapLibre is there to start.
 */
export function glFilesPlugin(): Plugin {
  return {
    name: "gl-files",
    apply: "build",
    transformIndexHtml: {
      order: "post",
      handler(_html, ctx) {
        const files = glFiles(ctx.bundle);
        return files
          ? [
              {
                tag: "script",
                attrs: { type: "application/json", id: GL_FILES_ID },
                children: JSON.stringify(files).replace(/</g, "\\u003c"),
                injectTo: "body",
              },
            ]
          : [];
      },
    },
  };
}
