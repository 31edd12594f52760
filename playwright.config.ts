// Browser tests: the built app served by `vite preview`, driven in Debian's Chromium.
import { defineConfig } from "@playwright/test";
import { CHROMIUM_ARGS, requireChromium } from "./tests/chromium.ts";
import { freePort } from "./tests/freePort.ts";

const chromiumPath = requireChromium();

// A free port, found once: the workers load this file again, and inherit the variable set here,
// so all of them talk to the one server. E2E_PORT chooses the port instead.
process.env.E2E_PORT ||= String(freePort());
const port = Number(process.env.E2E_PORT);

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
    // The service worker would fetch the whole app in the background of every test; only the
    // offline tests (tests/e2e/offline.spec.ts) let it run.
    serviceWorkers: "block",
  },
  // Timing tests (long tasks while importing 20 MB) and the heaviest GL drawing run last and
  // alone (*.heavy.spec.ts, one worker): a second browser on the other core would time the
  // machine's contention, not the app.
  projects: [
    { name: "main", testIgnore: /heavy\.spec\.ts/ },
    { name: "timing", testMatch: /heavy\.spec\.ts/, dependencies: ["main"], workers: 1 },
  ],
  webServer: {
    command: `npx vite preview --strictPort --port ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
