// Builds the floor page into dist-floor/, with the app's public/ data beside it.
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  base: "./",
  publicDir: fileURLToPath(new URL("../../../public", import.meta.url)),
  build: {
    outDir: fileURLToPath(new URL("../../../dist-floor", import.meta.url)),
    emptyOutDir: true,
    target: "es2022",
    chunkSizeWarningLimit: 1200,
  },
  logLevel: "warn",
});
