import { expect, test } from "./fixtures.ts";
import { atlas, expectedColor, fillAt, loadGl, mapReady } from "./helpers.ts";

const lapland = atlas.regions.county.find((c) => c.short.fi === "Lappi");

test("picking a metric recolours a county and its tooltip shows the table's value", async ({
  page,
  watch,
}) => {
  await page.goto("./");
  await mapReady(page);
  await page.getByLabel("Mittari").selectOption("planning");
  await expect(page).toHaveURL(/metric=planning/);
  await mapReady(page);
  await page.waitForTimeout(300);

  const label = page.locator(`.county-label[data-code="${lapland?.code}"]`);
  const box = await label.boundingBox();
  if (!box) throw new Error("no Lapland label");
  const point = { x: box.x + box.width / 2, y: box.y + box.height + 50 };
  await page.mouse.move(point.x, point.y);
  const tooltip = page.locator("#tooltip");
  await expect(tooltip).toBeVisible();
  await expect(tooltip).toContainText("Lapin hyvinvointialue");
  await expect(tooltip).toContainText("Suunnitelmallisuus: 2,7 (N = 26)");
  await expect(tooltip).toContainText("Kaikki vastaajat: 2,7 (N = 465)");
  await expect(tooltip).toContainText(/Sija \d+\/18 alueista, joilla vähintään 10 vastaajaa/);

  await page.mouse.move(5, 5);
  const fill = await fillAt(page, point.x, point.y);
  const expected = expectedColor(lapland?.code ?? "", "planning", "sequential");
  for (let i = 0; i < 3; i++)
    expect(Math.abs((fill[i] ?? 0) - (expected[i] ?? 0))).toBeLessThanOrEqual(3);
  expect(watch.errors).toEqual([]);
});

test("the diverging scheme recolours the map around the national average", async ({ page }) => {
  await page.goto("./?metric=meetings");
  await mapReady(page);
  await page.getByLabel("Ero koko maan keskiarvoon").check();
  await expect(page).toHaveURL(/scheme=diverging/);
  await expect(page.locator("#legend")).toContainText("Alle keskiarvon");
  const box = await page.locator(`.county-label[data-code="${lapland?.code}"]`).boundingBox();
  if (!box) throw new Error("no label");
  await page.waitForTimeout(300);
  const fill = await fillAt(page, box.x + box.width / 2, box.y + box.height + 50);
  const expected = expectedColor(lapland?.code ?? "", "meetings", "diverging");
  for (let i = 0; i < 3; i++)
    expect(Math.abs((fill[i] ?? 0) - (expected[i] ?? 0))).toBeLessThanOrEqual(3);
});

test("a county's details open by click and by keyboard, with all nine metrics", async ({
  page,
}) => {
  await page.goto("./");
  await mapReady(page);
  await page.locator('.county-label[data-code="21"]').click();
  const panel = page.locator("#side-panel");
  await expect(panel.getByRole("heading", { level: 2 })).toHaveText("Lapin hyvinvointialue");
  await expect(panel.locator(".bar-row")).toHaveCount(9);
  await expect(panel.locator(".bar-row").first()).toContainText("2,5 (koko maa 3,0, N = 458)");
  const laplandMunicipalities = atlas.municipalities.filter((m) => m.county === "21").length;
  await expect(panel).toContainText(`Kunnat (${laplandMunicipalities})`);
  await expect(panel).toContainText("Työllisyysalueet (4)");
  await expect(page).toHaveURL(/county=21/);
  await panel.getByRole("button", { name: "Sulje" }).click();
  await expect(panel).toBeHidden();

  // A label hidden by a larger neighbour's stays in the tab order and shows itself on focus.
  await page.locator('.county-label[data-code="13"]').focus();
  await page.keyboard.press("Enter");
  await expect(panel.getByRole("heading", { level: 2 })).toHaveText(
    "Pohjois-Savon hyvinvointialue",
  );
  await expect(panel).toContainText("Työllisyysalueet (3)");
  await expect(panel).toContainText("Keski-Savo (osittain, ylittää rajan)");

  const helsinki = page.locator('.inset-label[data-code="90"]');
  await helsinki.focus();
  await expect(page.locator("#tooltip")).toContainText("Ei sijoitusta: alle 10 vastaajaa");
  await page.keyboard.press("Enter");
  await expect(panel.getByRole("heading", { level: 2 })).toHaveText("Helsingin kaupunki");
  await expect(panel).toContainText("Ei sijoitusta: alle 10 vastaajaa, keskiarvo on epävarma.");
});

test("the employment-area overlay can be switched off and on, in the SVG and the GL map", async ({
  page,
}) => {
  await page.goto("./?debug");
  await mapReady(page);
  const svgLayer = page.locator('#map [data-layer="employment-area-border"]');
  await expect(svgLayer).toHaveCount(1);
  await page.getByLabel("Näytä työllisyysalueet").uncheck();
  await expect(page).toHaveURL(/areas=0/);
  await expect(svgLayer).toHaveCount(0);
  await expect(page.locator("#legend")).not.toContainText("Työllisyysalueen raja");
  await loadGl(page);
  const glLayer = () =>
    page.evaluate(
      () =>
        !!(
          globalThis as unknown as { atlasMap: { map: { getLayer(l: string): unknown } } }
        ).atlasMap.map.getLayer("employment-area-border"),
    );
  expect(await glLayer()).toBe(false);
  await page.getByLabel("Näytä työllisyysalueet").check();
  await expect.poll(glLayer).toBe(true);
  await expect(page.locator("#legend")).toContainText("Työllisyysalueen raja");
});

test("hovering an employment area names it, its counties and its municipalities", async ({
  page,
}) => {
  await page.goto("./?lang=en");
  await mapReady(page);
  const box = await page.locator(`.county-label[data-code="${lapland?.code}"]`).boundingBox();
  if (!box) throw new Error("no label");
  await page.mouse.move(box.x + box.width / 2, box.y + box.height + 50);
  const area = page.locator("#tooltip .tooltip-area");
  await expect(area).toContainText("Employment area:");
  await expect(area).toContainText("Counties: Lapland");
  await expect(area).toContainText("Municipalities:");
});

test("switching language changes the interface, the region names and the number format", async ({
  page,
}) => {
  await page.goto("./");
  await mapReady(page);
  await page.getByLabel("Kieli").selectOption("sv");
  await expect(page).toHaveURL(/lang=sv/);
  await expect(page.locator("html")).toHaveAttribute("lang", "sv");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Välfärdsområden och sysselsättningsområden",
  );
  await expect(page.locator('.county-label[data-code="21"]')).toContainText("Lappland");
  await expect(page.locator("#legend")).toContainText("Alla svarande: 3,0");
  await page.getByLabel("Språk").selectOption("en");
  await expect(page.locator('.county-label[data-code="21"]')).toContainText("Lapland 2.5");
  await expect(page.locator("#attribution")).toContainText("Statistics Finland (CC BY 4.0)");
});

test("the page opens in the language the URL names", async ({ page }) => {
  await page.goto("./?lang=en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Wellbeing services counties and employment areas",
  );
  await expect(page).toHaveTitle(/Wellbeing services counties/);
});

test("+ zooms about the middle of what shows of the map, not about a point under the legend", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto("./?debug");
  await mapReady(page);
  // The middle of the map's part clear of the legend (the chart stands beside the map).
  const middle = await page.evaluate(() => {
    const map = (document.getElementById("map") as HTMLElement).getBoundingClientRect();
    const legend = (document.getElementById("legend") as HTMLElement).getBoundingClientRect();
    return [(legend.right - map.left + map.width) / 2, map.height / 2] as [number, number];
  });
  type Host = {
    current(): {
      unproject(p: [number, number]): [number, number];
      project(p: [number, number]): [number, number];
      zoom(): number;
    };
  };
  const host = "atlasHost" as const;
  const before = await page.evaluate(
    ([key, p]) =>
      (globalThis as unknown as Record<string, Host>)[key as string]
        ?.current()
        .unproject(p as [number, number]),
    [host, middle] as const,
  );
  const zoom = await page.evaluate(
    (key) => (globalThis as unknown as Record<string, Host>)[key]?.current().zoom(),
    host,
  );
  await page.locator(".zoom-in").click();
  await expect.poll(() => page.evaluate(() => location.hash)).toMatch(/^#\d/);
  const after = await page.evaluate(
    ([key, p]) =>
      (globalThis as unknown as Record<string, Host>)[key as string]
        ?.current()
        .project(p as [number, number]),
    [host, before] as const,
  );
  expect(
    await page.evaluate(
      (key) => (globalThis as unknown as Record<string, Host>)[key]?.current().zoom(),
      host,
    ),
  ).toBeCloseTo((zoom ?? 0) + 1, 5);
  // The place that was in the middle is still there (within the map's margins' few pixels;
  // zooming about the canvas's centre would move it by over 140 px).
  expect(Math.abs((after?.[0] ?? 0) - middle[0])).toBeLessThan(6);
  expect(Math.abs((after?.[1] ?? 0) - middle[1])).toBeLessThan(6);
});
