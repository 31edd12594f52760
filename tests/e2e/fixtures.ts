// Shared browser-test fixture: every page fails its test on a console error,
// an uncaught exception, or any request that leaves the app's own origin.
import { test as base, expect, type Page } from "@playwright/test";

export interface PageWatch {
  errors: string[];
  foreignRequests: string[];
}

export function watchPage(page: Page, origin: string): PageWatch {
  const watch: PageWatch = { errors: [], foreignRequests: [] };
  page.on("console", (msg) => {
    if (msg.type() === "error") watch.errors.push(msg.text());
  });
  page.on("pageerror", (err) => watch.errors.push(String(err)));
  page.on("request", (req) => {
    const url = req.url();
    if (url.startsWith("data:") || url.startsWith("blob:")) return;
    if (new URL(url).origin !== origin) watch.foreignRequests.push(url);
  });
  return watch;
}

export const test = base.extend<{ watch: PageWatch }>({
  watch: async ({ page, baseURL }, use) => {
    const watch = watchPage(page, new URL(baseURL ?? "http://127.0.0.1").origin);
    await use(watch);
    expect(watch.foreignRequests, "requests outside the app's origin").toEqual([]);
    expect(watch.errors, "console errors and uncaught exceptions").toEqual([]);
  },
});

export { expect };
