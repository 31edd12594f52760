// Every part loaded on demand fails with a notice and Retry, never a dead button or an uncaught error;
// the map starts whatever else fails, and a data file that never answers ends in a message with Retry.
// Plain Playwright test: a failed request logs a console error on purpose.
import type { Page, Route } from "@playwright/test";
import { expect, test } from "@playwright/test";
import { recordCspViolations } from "./fixtures.ts";
import { expectSeen, mapReady } from "./helpers.ts";

const TABLE = "alue;arvo\nLappi;1\nKainuu;2\nVantaa-Kerava;3\n";

let pageErrors: string[] = [];
test.beforeEach(async ({ page }) => {
  pageErrors = [];
  await recordCspViolations(page);
  page.on("pageerror", (e) => pageErrors.push(String(e)));
});
test.afterEach(async ({ page }) => {
  expect(pageErrors, "uncaught errors").toEqual([]);
  const violations = await page
    .evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? [])
    .catch(() => []);
  expect(violations, "Content Security Policy violations").toEqual([]);
});

/** A chunk of the built app, by the name Vite gives it (`importDialog-[hash].js`). */
const chunk = (name: string) => new RegExp(`/assets/${name}-[^/]+\\.m?js$`);
const notFound = (route: Route) => route.fulfill({ status: 404, body: "" });

/** The notice is seen, names `text`, and carries Retry; returns the Retry button. */
async function noticeWithRetry(page: Page, text: string | RegExp) {
  const status = page.locator("#status");
  await expect(status).toContainText(text);
  await expectSeen(status);
  const retry = status.getByRole("button", { name: "Yritä uudelleen" });
  await expect(retry).toBeVisible();
  return retry;
}

test("when the import dialog's code cannot load, the button says so, and Retry opens the dialog", async ({
  page,
}) => {
  await page.route(chunk("importDialog"), notFound);
  await page.goto("./");
  await mapReady(page);
  await page.getByRole("button", { name: "Tuo omat tiedot" }).click();
  const retry = await noticeWithRetry(page, "Sovelluksen osaa (tietojen tuonti) ei voitu ladata");
  await page.unroute(chunk("importDialog"));
  await retry.click();
  await expect(page.getByLabel("Liitä taulukko")).toBeVisible();
});

test("when the presenter's code cannot load, presenting says so and Retry starts it", async ({
  page,
}) => {
  await page.route(chunk("presenter"), notFound);
  await page.goto("./");
  await mapReady(page);
  await page.getByRole("button", { name: "Esitystila" }).click();
  const retry = await noticeWithRetry(page, "(esitystila)");
  await expect(page).not.toHaveURL(/present=1/);
  await page.unroute(chunk("presenter"));
  await retry.click();
  await expect(page.locator("#slide-position")).toBeVisible();
});

test("when the table's code cannot load, the table view says so, and Retry draws the table", async ({
  page,
}) => {
  await page.route(chunk("sideViews"), notFound);
  await page.goto("./");
  await mapReady(page);
  // A pointer's move fetches the views quietly: its failure says nothing yet.
  await page.mouse.move(600, 500);
  await page.mouse.move(620, 520);
  await page.waitForTimeout(300);
  await expect(page.locator("#status")).not.toContainText("Sovelluksen osaa");
  await page.locator("#views").getByRole("button", { name: "Taulukko" }).click();
  const retry = await noticeWithRetry(page, "(taulukko ja tietopaneelit)");
  await expect(page.locator("#table-view table")).toHaveCount(0);
  await page.unroute(chunk("sideViews"));
  await retry.click();
  await expect(page.locator("#table-view tbody tr")).toHaveCount(22);
  await expectSeen(page.locator("#table-view table"));
});

test("a finger's first touch fetches the side views' code quietly, before its tap's click, and a first key does too", async ({
  browser,
}) => {
  const context = await browser.newContext({
    hasTouch: true,
    isMobile: true,
    viewport: { width: 412, height: 823 },
  });
  const page = await context.newPage();
  await page.goto("./");
  await mapReady(page);
  await page.evaluate(() => {
    const w = window as unknown as { firstClick?: number };
    document.addEventListener("click", () => (w.firstClick ??= performance.now()), {
      capture: true,
    });
  });
  const sideViews = () =>
    page.evaluate(() =>
      performance
        .getEntriesByType("resource")
        .filter((e) => /\/assets\/sideViews-[^/]+\.js$/.test(e.name))
        .map((e) => e.startTime),
    );
  expect(await sideViews(), "fetched before any use").toEqual([]);
  const box = await page.locator("#map").boundingBox();
  if (!box) throw new Error("no map");
  await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height * 0.6);
  await expect.poll(sideViews).toHaveLength(1);
  const [fetched] = await sideViews();
  const click = await page.evaluate(
    () => (window as unknown as { firstClick?: number }).firstClick ?? Number.NaN,
  );
  expect(fetched, "the fetch starts before the click").toBeLessThan(click);
  await context.close();

  const keyboard = await browser.newPage();
  await keyboard.goto("./");
  await mapReady(keyboard);
  await keyboard.keyboard.press("Tab");
  await expect
    .poll(() =>
      keyboard.evaluate(
        () =>
          performance
            .getEntriesByType("resource")
            .filter((e) => /\/assets\/sideViews-[^/]+\.js$/.test(e.name)).length,
      ),
    )
    .toBe(1);
  await keyboard.close();
});

test("when the exports' code cannot load, a download says so and Retry downloads", async ({
  page,
}) => {
  await page.route(chunk("exportView"), notFound);
  await page.goto("./");
  await mapReady(page);
  await page.getByRole("button", { name: "Lataa CSV" }).click();
  const retry = await noticeWithRetry(page, "(lataus tiedostoksi)");
  await page.unroute(chunk("exportView"));
  const download = page.waitForEvent("download");
  await retry.click();
  expect((await download).suggestedFilename()).toMatch(/\.csv$/);
});

/** Imports a small table, so that a reload with data=local restores it. */
async function importAndReload(page: Page): Promise<void> {
  await page.goto("./");
  await mapReady(page);
  await page.getByRole("button", { name: "Tuo omat tiedot" }).click();
  await page.getByLabel("Liitä taulukko").fill(TABLE);
  await page.getByRole("button", { name: "Näytä kartalla" }).click();
  await expect(page.locator("#legend h2")).toHaveText("arvo");
  // Its notice comes once the table is saved.
  await expect(page.locator("#status")).toContainText("Näytetään tuotu aineisto");
}

for (const part of ["restore", "storage"])
  test(`with data=local and the ${part} code failing, the map starts with the survey, and Retry shows the table`, async ({
    page,
  }) => {
    await importAndReload(page);
    await page.route(chunk(part), notFound);
    // The address without the table the link carries (#t=): only the stored table can be shown.
    await page.goto(page.url().replace(/#.*$/, ""));
    await mapReady(page);
    await expect(page.locator("#legend h2")).toHaveText("Säännölliset tapaamiset");
    const retry = await noticeWithRetry(page, "(tallennetun aineiston luku)");
    await page.unroute(chunk(part));
    await retry.click();
    await expect(page.locator("#legend h2")).toHaveText("arvo");
    await expect(page).toHaveURL(/data=local/);
  });

for (const part of ["ownCopy", "storage"])
  test(`with the table in the link and the ${part} code failing, the author's reload shows the link's table`, async ({
    page,
  }) => {
    await importAndReload(page);
    await expect(page).toHaveURL(/#t=/);
    await page.route(chunk(part), notFound);
    await page.reload();
    await mapReady(page);
    await expect(page.locator("#legend h2")).toHaveText("arvo");
  });

test("offline after the page loaded, import and presenter say they cannot start without the network", async ({
  page,
  context,
}) => {
  await page.goto("./");
  await mapReady(page);
  await context.setOffline(true);
  await page.getByRole("button", { name: "Tuo omat tiedot" }).click();
  await noticeWithRetry(page, "Tietojen tuonti ei voi alkaa: verkkoyhteys puuttuu");
  await page.getByRole("button", { name: "Esitystila" }).click();
  const retry = await noticeWithRetry(page, "Esitystila ei voi alkaa: verkkoyhteys puuttuu");
  await context.setOffline(false);
  await retry.click();
  await expect(page.locator("#slide-position")).toBeVisible();
});

test("when MapLibre's code cannot load, Retry loads it", async ({ page }) => {
  await page.route(chunk("mapAdapter"), notFound);
  await page.goto("./?debug");
  await mapReady(page);
  await page.evaluate(() =>
    (globalThis as unknown as { atlasHost: { requestGl(): void } }).atlasHost.requestGl(),
  );
  const retry = await noticeWithRetry(page, "Tarkan kartan ohjelmaa ei voitu ladata");
  await page.unroute(chunk("mapAdapter"));
  await retry.click();
  await page.waitForFunction(() => performance.getEntriesByName("gl-ready").length > 0, null, {
    timeout: 25_000,
  });
});

const DETAILED = "**/finland-2025-detailed.topo.json";
for (const [what, answer] of [
  ["missing (404)", { status: 404, body: "not found" }],
  [
    "cut short",
    { status: 200, contentType: "application/json", body: '{"type":"Topology","arcs":[[' },
  ],
  ["an HTML page", { status: 200, contentType: "text/html", body: "<!doctype html><p>Oops</p>" }],
  [
    "valid JSON of the wrong shape",
    {
      status: 200,
      contentType: "application/json",
      body: '{"type":"Topology","objects":{},"arcs":[]}',
    },
  ],
  ["JSON that is no topology", { status: 200, contentType: "application/json", body: "[1,2,3]" }],
] as const)
  test(`a detailed geometry that is ${what} after a zoom gives a notice, the map keeps its borders, and Retry loads it`, async ({
    page,
  }) => {
    await page.route(DETAILED, (route) => route.fulfill(answer));
    await page.goto("./#7.5/64/26");
    await mapReady(page);
    const retry = await noticeWithRetry(page, "Tarkkoja rajoja ei voitu ladata");
    await expect(page.locator('.county-label[data-code="21"]')).toBeAttached();
    // The map still draws: another metric recolours it with no error.
    await page.getByLabel("Mittari").selectOption("planning");
    await expect(page.locator("#legend h2")).toHaveText("Suunnitelmallisuus");
    await page.unroute(DETAILED);
    const loaded = page.waitForResponse((r) => r.url().includes("detailed") && r.ok());
    await retry.click();
    await loaded;
  });

test("a data file that never answers ends in a message with Retry, and Retry starts the map", async ({
  page,
}) => {
  test.setTimeout(60_000);
  let hang = true;
  await page.route("**/finland-2025-first.topo.json", (route) =>
    hang ? undefined /* never answered */ : route.continue(),
  );
  await page.goto("./");
  const status = page.locator("#status");
  await expect(status).toContainText(
    "Kartan aineistoa ei voitu ladata: data/finland-2025-first.topo.json: no answer in 15 s",
    { timeout: 30_000 },
  );
  await expectSeen(status);
  hang = false;
  await status.getByRole("button", { name: "Yritä uudelleen" }).click();
  await mapReady(page);
  await expect(page.locator("#legend h2")).toHaveText("Säännölliset tapaamiset");
});
