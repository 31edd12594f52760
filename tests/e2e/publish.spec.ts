// Publishing: an author's table, words, highlight and classes reach a reader on another origin,
// with empty storage, through the embed snippet and through a link: no account, no server.
import { test as bare } from "@playwright/test";
import { expect, test } from "./fixtures.ts";
import { article, serveHost } from "./hostPage.ts";
import { authorView, seesAuthorView } from "./publishHelpers.ts";
import { cell } from "./realHelpers.ts";

test("the author's embed snippet shows a reader on another origin the same values, title, note, highlight and classes", async ({
  page,
  browser,
}) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1280, height: 900 });
  await authorView(page);
  await page.locator("#embed-button").click();
  await expect(page.locator("#embed-table-note")).toContainText("Taulukko kulkee linkin mukana");
  await page.locator("#embed-width").selectOption("640");
  await expect(page.locator("#embed-preview-caption")).toContainText("640 px", { timeout: 30_000 });
  const snippet = await page.locator("#embed-code").inputValue();
  expect(snippet).toMatch(/src="[^"]*#t=[A-Za-z0-9_-]+"/);
  // A fresh context: no storage, no cookies; the article on localhost, the app on 127.0.0.1.
  const reader = await browser.newContext({ viewport: { width: 1300, height: 1000 } });
  const host = await serveHost(article(snippet));
  const tab = await reader.newPage();
  await tab.goto(host.url);
  const frame = tab.frameLocator("iframe");
  await seesAuthorView(frame, async (code) =>
    frame.locator(`#chart li.chart-row[data-code="${code}"] .chart-value`),
  );
  await reader.close();
  host.close();
});

bare(
  "the author's link shows a reader with empty storage the same values, title, note, highlight and classes",
  async ({ browser }) => {
    test.setTimeout(90_000);
    const author = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await author.newPage();
    await authorView(page);
    const link = page.url();
    await author.close();
    const reader = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const tab = await reader.newPage();
    await tab.goto(link);
    await seesAuthorView(tab, (code) => cell(tab, code, "tyovoima"));
    expect(await tab.evaluate(() => indexedDB.databases().then((d) => d.length))).toBe(0);
    await reader.close();
  },
);
