// Browser tests: the built app served by `vite preview`, driven in Debian's Chromium.
import { defineConfig } from "@playwright/test";
import { CHROMIUM_ARGS, requireChromium } from "./tests/chromium.ts";

const chromiumPath = requireChromium();

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
      args: CHROMIUM_ARGS,
    },
    locale: "fi-FI",
    timezoneId: "Europe/Helsinki",
  },
  // Timing tests (long tasks while importing 20 MB) run last and alone: a second browser
  // on the other core would time the machine's contention, not the app.
  projects: [
    { name: "main", testIgnore: /heavy\.spec\.ts/ },
    { name: "timing", testMatch: /heavy\.spec\.ts/, dependencies: ["main"] },
  ],
  webServer: {
    command: `npx vite preview --strictPort --port ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
