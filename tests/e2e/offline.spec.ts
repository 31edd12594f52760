// Offline: after one visit the app reloads, zooms (MapLibre and the detailed map) and presents with the network off.
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures.ts";
import { glReady, hashZoom, mapReady, zoomInUntil } from "./helpers.ts";

test.use({ serviceWorkers: "allow" });
// A first visit fetches the whole app (some 3 MB) into the cache; a new version fetches it again.
test.describe.configure({ timeout: 60_000 });

/** The first visit: the page is drawn, and the service worker has kept every file and is active. */
async function firstVisit(page: Page, path = "./") {
  await page.goto(path);
  await mapReady(page);
  await page.waitForFunction(
    async () => (await navigator.serviceWorker.ready).active?.state === "activated",
    null,
    { timeout: 20_000 },
  );
}

/** Every response from now on, to check that each came from the service worker. */
function responses(page: Page) {
  const list: { url: string; fromWorker: boolean }[] = [];
  page.on("response", (r) => list.push({ url: r.url(), fromWorker: r.fromServiceWorker() }));
  return list;
}

test("with the network off, the app reloads from what it kept and zooms to the detailed MapLibre map", async ({
  page,
  context,
}) => {
  await firstVisit(page);
  await context.setOffline(true);
  const seen = responses(page);
  const reloaded = await page.reload();
  expect(reloaded?.fromServiceWorker()).toBe(true);
  await mapReady(page);
  await expect(page.locator("#map svg.svg-map").first()).toBeVisible();
  // Zooming in loads MapLibre (script, worker, CSS) and, from zoom 7, the detailed topology.
  await zoomInUntil(page, 7.5);
  await glReady(page);
  await expect.poll(() => hashZoom(page)).toBeGreaterThanOrEqual(7);
  await page.waitForFunction(() => performance.getEntriesByName("detail-drawn").length > 0, null, {
    timeout: 25_000,
  });
  const urls = seen.map((r) => r.url);
  expect(urls.some((u) => /mapAdapter-.*\.js$/.test(u))).toBe(true);
  expect(urls.some((u) => /maplibre-gl-worker-.*\.mjs$/.test(u))).toBe(true);
  expect(urls.some((u) => u.endsWith("finland-2025-detailed.topo.json"))).toBe(true);
  expect(seen.filter((r) => !r.fromWorker && !r.url.startsWith("data:"))).toEqual([]);
});

test("with the network off, a presentation opens and steps through its slides", async ({
  page,
  context,
}) => {
  await firstVisit(page);
  await context.setOffline(true);
  const seen = responses(page);
  await page.goto("./?present=1&slides=planning,openness");
  await expect(page.locator("html")).toHaveClass(/presenting/);
  await expect(page.locator("#slide-position")).toContainText("Dia 1/2");
  await page.keyboard.press("ArrowRight");
  await expect(page.locator("#slide-position")).toContainText("Dia 2/2");
  await expect(page.locator("#legend h2")).toHaveText("Avoimuus ja kumppanuus");
  expect(seen.filter((r) => !r.fromWorker && !r.url.startsWith("data:"))).toEqual([]);
});

test("an embed keeps nothing: it registers no service worker", async ({ page }) => {
  await page.goto("./?embed=1");
  await mapReady(page);
  // The app says it decided (User Timing), so the test need not wait for a registration that never comes.
  await page.waitForFunction(() => performance.getEntriesByName("offline-skipped").length > 0);
  expect(
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length),
  ).toBe(0);
});

test("a new version is announced, not forced: the notice waits while presenting, and its button loads it", async ({
  page,
}) => {
  const { appendFileSync, readFileSync, writeFileSync } = await import("node:fs");
  const file = new URL("../../dist/sw.js", import.meta.url);
  const original = readFileSync(file, "utf8");
  await firstVisit(page, "./?present=1");
  // The page reloads once under the service worker, then a new build appears on the server.
  await page.reload();
  await mapReady(page);
  try {
    appendFileSync(file, "\n// a new build\n");
    await page.evaluate(async () => (await navigator.serviceWorker.ready).update());
    await page.waitForFunction(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      return registration?.waiting?.state === "installed";
    });
    // Mid-talk nothing appears on the slide.
    await expect(page.locator("#status")).not.toContainText("uusi versio");
    await expect(page.locator("html")).toHaveClass(/presenting/);
    await page.keyboard.press("Escape");
    const load = page.getByRole("button", { name: "Lataa uusi versio" });
    await expect(page.locator("#status")).toContainText("Kartasta on uusi versio");
    const reloaded = page.waitForEvent("load");
    await load.click();
    await reloaded;
    await mapReady(page);
    expect(
      await page.evaluate(async () => {
        const registration = await navigator.serviceWorker.getRegistration();
        return registration?.waiting ?? null;
      }),
    ).toBeNull();
  } finally {
    writeFileSync(file, original);
  }
});
