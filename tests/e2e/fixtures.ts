// Shared browser-test fixture: every page fails its test on a console error,
// an uncaught exception, or any request that leaves the app's own origin.
import { test as base, expect, type Page } from "@playwright/test";

export interface PageWatch {
  errors: string[];
  foreignRequests: string[];
}

/** Records Content Security Policy violations in the page, for the fixture to check. */
export async function recordCspViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const list: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = list;
    document.addEventListener("securitypolicyviolation", (e) =>
      list.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
    );
  });
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
  // Automatic: every test that uses this `test` is watched, whether or not it names `watch`.
  watch: [
    async ({ page, baseURL }, use) => {
      const watch = watchPage(page, new URL(baseURL ?? "http://127.0.0.1").origin);
      await recordCspViolations(page);
      await use(watch);
      const violations = await page
        .evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? [])
        .catch(() => []);
      expect(violations, "Content Security Policy violations").toEqual([]);
      expect(watch.foreignRequests, "requests outside the app's origin").toEqual([]);
      expect(watch.errors, "console errors and uncaught exceptions").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
