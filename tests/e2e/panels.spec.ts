import { expect, test } from "./fixtures.ts";
import { hashZoom, mapReady, zoomInUntil } from "./helpers.ts";

test("the crossing panel lists every crossing area with its counties and shares, and zooms to one", async ({
  page,
}) => {
  await page.goto("./?lang=en&debug");
  await mapReady(page);
  await page.getByRole("button", { name: "Cross-border areas" }).click();
  const region = page.getByRole("region", { name: "Employment areas crossing county borders" });
  await expect(region).toBeVisible();
  await expect(region).toContainText("5 of the 45 employment areas");
  const items = region.locator(".crossing-list > li");
  await expect(items).toHaveCount(5);
  await expect(items.nth(2)).toContainText("Kerava-Sipoo");
  await expect(items.nth(2)).toContainText(
    "East Uusimaa: 92% of the land area, 37% of the population (Sipoo)",
  );
  await expect(items.nth(2)).toContainText(
    "Vantaa-Kerava: 8% of the land area, 63% of the population (Kerava)",
  );

  expect(await hashZoom(page)).toBeNull();
  await region.getByRole("button", { name: "Kerava-Sipoo" }).click();
  await expect(page).toHaveURL(/area=11/);
  await expect.poll(() => hashZoom(page), { timeout: 5000 }).toBeGreaterThan(7);
});

test("the table lists 22 counties with every metric, sorts by a column and formats numbers per language", async ({
  page,
}) => {
  await page.goto("./");
  await mapReady(page);
  await page.getByRole("button", { name: "Taulukko" }).click();
  await expect(page).toHaveURL(/view=table/);
  const table = page.getByRole("table");
  await expect(table.locator("caption")).toContainText("hyvinvointialueittain");
  await expect(table.locator("tbody tr")).toHaveCount(22);
  // County, ten metrics, the rank on the shown one, employment areas.
  await expect(table.locator("thead th")).toHaveCount(13);
  await expect(table.locator("tbody tr").first().locator("th")).toHaveText("Etelä-Karjala");
  await expect(table.locator("tbody tr").first()).toContainText("3,5");

  const meetings = table.getByRole("button", { name: "Säännölliset tapaamiset", exact: true });
  await meetings.click();
  await expect(table.locator("thead th").nth(1)).toHaveAttribute("aria-sort", "descending");
  // Helsinki's 4,0 rests on one answer: first by value, marked, and last when asked.
  await expect(table.locator("tbody tr").first().locator("th")).toHaveText("Helsinki*");
  await page.getByLabel("Alueet, joilla vähän vastaajia, viimeisinä").check();
  await expect(table.locator("tbody tr").first().locator("th")).toHaveText("Keski-Uusimaa");
  await expect(table.locator("tbody tr").last().locator("th")).toHaveText("Itä-Uusimaa*");
  await expect(page.locator(".table-note")).toContainText("Alle 10 vastaajaa");
  await page.getByLabel("Alueet, joilla vähän vastaajia, viimeisinä").uncheck();
  await meetings.click();
  await expect(table.locator("thead th").nth(1)).toHaveAttribute("aria-sort", "ascending");
  await expect(table.locator("tbody tr").first().locator("td").first()).toHaveText("2,4");

  await table.getByRole("button", { name: "Työllisyysalueita" }).click();
  await expect(table.locator("tbody tr").first().locator("td").last()).toHaveText("4");
  await expect(table.locator("tbody tr").first().locator("th")).toHaveText("Lappi");
  await expect(table.locator("tfoot")).toContainText("486");
});

test("the about panel explains both reforms and credits every source", async ({ page }) => {
  await page.goto("./?lang=en");
  await mapReady(page);
  await page.getByRole("button", { name: "About this map" }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog).toContainText("Helsinki belongs to no county");
  await expect(dialog).toContainText("Åland is outside both");
  await expect(dialog).toContainText("Statistics Finland");
  await expect(dialog).toContainText("CC BY 4.0");
  await expect(dialog).toContainText("Population by municipality, 31 December 2024");
  await expect(dialog).toContainText("National Land Survey of Finland");
  await expect(dialog).toContainText("Kuntaliitto");
  await dialog.getByRole("button", { name: "Close" }).click();
  await expect(dialog).toBeHidden();
});

test("zooming in loads the detailed geometry", async ({ page }) => {
  await page.goto("./");
  await mapReady(page);
  const detailed = page.waitForResponse((r) => r.url().includes("finland-2025-detailed.topo.json"));
  await zoomInUntil(page, 7.5);
  expect((await detailed).status()).toBe(200);
});

test.describe("on a 360 px phone", () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });
  test("panels become a bottom drawer, nothing overflows, and a tap shows what hover shows", async ({
    page,
  }) => {
    await page.goto("./");
    await mapReady(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      360,
    );
    const box = await page.locator('.county-label[data-code="21"]').boundingBox();
    if (!box) throw new Error("no label");
    await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height + 30);
    await expect(page.locator("#tooltip")).toContainText("Lapin hyvinvointialue");
    await page.locator('.county-label[data-code="21"]').tap();
    const panel = page.locator("#side-panel");
    await expect(panel).toBeVisible();
    const p = await panel.boundingBox();
    expect(p?.width).toBeGreaterThan(340);
    expect((p?.y ?? 0) + (p?.height ?? 0)).toBeGreaterThan(700);
  });
});
