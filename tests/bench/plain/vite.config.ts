// Builds the plain SVG comparator into dist-plain/, with the app's public/ data beside it.
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  base: "./",
  publicDir: fileURLToPath(new URL("../../../public", import.meta.url)),
  build: {
    outDir: fileURLToPath(new URL("../../../dist-plain", import.meta.url)),
    emptyOutDir: true,
    target: "es2022",
  },
  logLevel: "warn",
});
