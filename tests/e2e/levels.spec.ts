// Municipal data at the sub-region level (seutukunta): offered by the level picker, summed from
// the table's own rows, and a sub-region selected by a click on the map.
import { expect, test } from "./fixtures.ts";
import { atlas, dropFile, mapReady } from "./helpers.ts";

/** Made-up figures for the Tampere (064) and Kuopio (112) sub-regions' municipalities, and two more. */
const ROWS: [string, number][] = [
  ["Hämeenkyrö", 11],
  ["Kangasala", 12],
  ["Kuhmoinen", 13],
  ["Lempäälä", 14],
  ["Nokia", 15],
  ["Orivesi", 16],
  ["Pirkkala", 17],
  ["Pälkäne", 18],
  ["Tampere", 19],
  ["Vesilahti", 20],
  ["Ylöjärvi", 21],
  // "Kuopio" is a municipality and a sub-region: the import reads municipalities only.
  ["Kuopio", 40],
  ["Siilinjärvi", 2],
  ["Helsinki", 5],
  ["Inari", 7],
];
const CSV = `Kunta;Esimerkki (keksitty)\n${ROWS.map(([n, v]) => `${n};${v}`).join("\n")}\n`;

/** A sub-region's sum over the table's own rows, by the atlas's membership. */
function sumOf(subRegion: string): number {
  const members = new Set(
    atlas.municipalities
      .filter((m) => m.memberships.seutukunta === subRegion)
      .map((m) => m.name.fi),
  );
  return ROWS.filter(([name]) => members.has(name)).reduce((a, [, v]) => a + v, 0);
}

type Host = { current(): { project(p: [number, number]): [number, number] } };

test("municipal data is shown by sub-region, summed from its rows, and a sub-region is selected by a click on the map", async ({
  page,
  watch,
}) => {
  // An import and a level of 69 regions: slower than most on a busy machine.
  test.setTimeout(60_000);
  await page.setViewportSize({ width: 1280, height: 800 });
  // A camera of its own (the hash), at country scale (the SVG map, no MapLibre): the map is
  // not refitted when the legend changes size, so a point stays where it was.
  await page.goto("./?debug#4.6/62.8/25");
  await mapReady(page);
  await dropFile(page, "seutukunnat.csv", CSV);
  await expect(page.locator("#legend h2")).toHaveText("Esimerkki (keksitty)", { timeout: 15_000 });
  const picker = page.locator("#level-select");
  await expect(picker.locator('option[value="seutukunta"]')).toHaveText("seutukunnittain");
  await picker.selectOption("seutukunta");
  await expect(page).toHaveURL(/level=seutukunta/);
  await expect(page.locator("#legend")).toContainText("seutukunnittain");

  // The chart lists the 69 sub-regions; Tampere's and Kuopio's values are their rows' sums.
  const chart = page.locator("#chart");
  await expect(chart.locator("li.chart-row")).toHaveCount(69);
  expect(sumOf("064")).toBe(176);
  await expect(chart.locator('li[data-code="064"] .chart-value')).toHaveText(String(sumOf("064")));
  await expect(chart.locator('li[data-code="112"] .chart-value')).toHaveText(String(sumOf("112")));

  // A point inside the Tampere sub-region not under a label: a member municipality's label point.
  const tampere = atlas.municipalities
    .filter((m) => m.memberships.seutukunta === "064")
    .map((m) => atlas.regions.municipality.find((r) => r.code === m.code)?.label)
    .filter((p): p is [number, number] => !!p);
  // After two frames: the map's size observers have run, so its projection is the one drawn.
  const clearPoint = () =>
    page.evaluate(async (points) => {
      for (let i = 0; i < 2; i++) await new Promise((done) => requestAnimationFrame(done));
      const host = (globalThis as unknown as { atlasHost: Host }).atlasHost.current();
      const map = (document.getElementById("map") as HTMLElement).getBoundingClientRect();
      for (const p of points) {
        const [x, y] = host.project(p);
        const at = document.elementFromPoint(map.left + x, map.top + y);
        if (at && !at.closest("button, .region-label, #legend, #chart"))
          return { x: Math.round(map.left + x), y: Math.round(map.top + y) };
      }
      return null;
    }, tampere);
  const at = await clearPoint();
  if (!at) throw new Error("no clear point in the Tampere sub-region");
  await page.mouse.move(at.x, at.y);
  await expect(page.locator("#tooltip")).toContainText("Tampere");
  await expect(page.locator("#tooltip .tooltip-maakunta")).toHaveText("Maakunta: Pirkanmaa");
  await page.mouse.click(at.x, at.y);

  await expect(page).toHaveURL(/region=seutukunta%3A064/);
  await expect(chart.locator('li[data-code="064"]')).toHaveClass(/selected/);
  await expect(chart.locator('li[data-code="064"] button')).toHaveAttribute("aria-pressed", "true");
  await expect(page.locator('#map [data-layer="selected"] path')).toHaveCount(1);

  // Chosen again (here in the chart, the tooltip gone with the pointer), it is let go.
  await page.mouse.move(1, 1);
  await chart.locator('li[data-code="064"] button').click();
  await expect(page).not.toHaveURL(/region=/);
  await expect(page.locator('#map [data-layer="selected"]')).toHaveCount(0);
  expect(watch.errors).toEqual([]);
});
