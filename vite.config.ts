// Vite build for the client-only map: relative base so dist/ works under any sub-path.
import { defineConfig } from "vitest/config";

export default defineConfig({
  // A relative base lets a newsroom CMS or an intranet host dist/ under any path.
  base: "./",
  build: {
    target: "es2022",
    sourcemap: true,
    // MapLibre alone is over 500 kB minified; the warning would only repeat that.
    chunkSizeWarningLimit: 1200,
  },
  // The files are public: any origin may load them, as a sandboxed (opaque-origin)
  // newsroom iframe must. Hosts of dist/ should send the same header.
  preview: { host: "127.0.0.1", headers: { "Access-Control-Allow-Origin": "*" } },
  server: { host: "127.0.0.1" },
  test: {
    include: ["tests/unit/**/*.test.ts", "geo/**/*.test.ts"],
    environment: "node",
    // Pin what could make results depend on the machine.
    env: { TZ: "UTC", LANG: "C.UTF-8" },
  },
});
