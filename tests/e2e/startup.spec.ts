// Starting up: the page without JavaScript, and a start-up watchdog for a main script that never runs.
// Plain Playwright test: a truncated script is an uncaught error on purpose.
import { expect, test } from "@playwright/test";
import { expectSeen, mapReady, whyNotSeen } from "./helpers.ts";

test("with JavaScript off, the page shows the survey as a plain table, in three languages' words", async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("./");
  const table = page.locator(".noscript table");
  await expect(table.locator("tbody tr")).toHaveCount(22);
  await expect(table.locator("tbody tr", { hasText: "Kainuu" }).locator("td").first()).toHaveText(
    "3,3",
  );
  await expect(table.locator("tfoot")).toContainText("486");
  await expect(page.locator(".noscript")).toContainText("The map needs JavaScript.");
  // Seen, not only laid out: the words, the table's first and last rows, the national row.
  await expectSeen(page.locator('.noscript p[lang="fi"]'));
  await expectSeen(table.locator("tbody tr").first());
  await expectSeen(table.locator("tbody tr").last());
  await expectSeen(table.locator("tfoot"));
  // Nothing says the map is loading, and the start-up watchdog is not there to show later.
  expect(await whyNotSeen(page.locator("#status"))).not.toBeNull();
  await expect(page.locator("#watchdog")).toHaveCSS("display", "none");
  await context.close();
});

for (const [what, fulfil] of [
  ["missing", { status: 404, body: "not found" }],
  ["an HTML page", { status: 200, contentType: "text/html", body: "<!doctype html><p>Oops</p>" }],
  ["truncated", { status: 200, contentType: "text/javascript", body: "const x = (" }],
] as const)
  test(`when the main script is ${what}, the page says within seconds that the map did not start and why`, async ({
    page,
  }) => {
    await page.route(/\/assets\/index-[^/]+\.js$/, (route) => route.fulfill(fulfil));
    await page.goto("./?lang=en");
    const watchdog = page.locator("#watchdog");
    await expect(watchdog).toBeHidden();
    await expect(watchdog).toBeVisible({ timeout: 12_000 });
    await expect(watchdog.locator('p[lang="en"]')).toContainText("The map did not start.");
    for (const lang of ["fi", "sv", "en"]) await expectSeen(watchdog.locator(`p[lang="${lang}"]`));
    await expect(watchdog).toContainText("Access-Control-Allow-Origin");
  });

test("once the app has started, the watchdog never shows", async ({ page }) => {
  await page.goto("./");
  await mapReady(page);
  await page.waitForTimeout(8_500);
  await expect(page.locator("#watchdog")).toBeHidden();
});
