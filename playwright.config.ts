// Browser tests: the built app served by `vite preview`, driven in Debian's Chromium.
import { existsSync } from "node:fs";
import { defineConfig } from "@playwright/test";

/** Debian's Chromium; never a downloaded browser. Override with CHROMIUM_PATH. */
const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
if (!existsSync(chromiumPath)) {
  throw new Error(
    `Chromium not found at ${chromiumPath}. Install Debian's package ` +
      "(sudo apt-get update && sudo apt-get install -y chromium) or set CHROMIUM_PATH. " +
      "The tests never download a browser.",
  );
}

const port = Number(process.env.E2E_PORT ?? 4174);

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 2,
  retries: 0,
  timeout: 30_000,
  reporter: process.env.CI ? "list" : "line",
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    browserName: "chromium",
    launchOptions: {
      executablePath: chromiumPath,
      args: [
        "--no-sandbox",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--use-gl=angle",
        "--use-angle=swiftshader",
        "--enable-unsafe-swiftshader",
      ],
    },
    locale: "fi-FI",
    timezoneId: "Europe/Helsinki",
  },
  webServer: {
    command: `npx vite preview --strictPort --port ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
