// Labels tell the truth: each shown label stands on its own region (the region drawn under its
// centre), or a leader line joins it to its region, in every layout and in the export.
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures.ts";
import { mapReady } from "./helpers.ts";
import { isTrue, type LabelFact, labelFacts } from "./labelTruth.ts";

/** Opens a view at a size; an embed is then given the height it asks for, as a host does. */
async function open(page: Page, query: string, width: number, height: number) {
  await page.setViewportSize({ width, height });
  await page.goto(`./?${query}`);
  await mapReady(page);
  if (query.includes("embed=1")) {
    const wanted = await page.evaluate(() =>
      Math.ceil(document.body.getBoundingClientRect().height),
    );
    await page.setViewportSize({ width, height: wanted });
  }
  // Labels are placed on the frame after a resize.
  await page.waitForTimeout(400);
}

function expectTrue(labels: LabelFact[], where: string) {
  expect(labels.length, `${where}: labels shown`).toBeGreaterThan(0);
  for (const l of labels) {
    expect(
      isTrue(l),
      `${where}: "${l.text}" (${l.key}) stands on ${l.under}, leader to ${l.leaderEnd}`,
    ).toBe(true);
    expect(l.onTop, `${where}: "${l.text}" is painted over`).toBe(true);
  }
}

const LAYOUTS: [string, string, number, number][] = [
  ["desktop, Finnish", "", 1280, 800],
  ["desktop, Swedish", "lang=sv", 1280, 800],
  ["desktop, English", "lang=en", 1280, 800],
  ["a 360 px phone", "", 360, 740],
  ["a 768 px tablet", "", 768, 1024],
  ["an embed 360 px wide", "embed=1", 360, 600],
  ["an embed 640 px wide", "embed=1", 640, 600],
  ["an embed 1280 px wide", "embed=1", 1280, 800],
];

for (const [name, query, width, height] of LAYOUTS)
  test(`on ${name}, every shown label stands on its own region or points to it`, async ({
    page,
  }) => {
    await open(page, query, width, height);
    expectTrue(await labelFacts(page), name);
    // The capital-region inset, where it shows, lies under nothing and over nothing of what
    // covers the map (its legend, sources, controls): read from the page's own boxes.
    const overlaps = await page.evaluate(() => {
      const inset = document.querySelector<HTMLElement>(".map-inset");
      if (!inset || inset.hidden || inset.offsetParent === null) return null;
      const a = inset.getBoundingClientRect();
      return [
        ...document.querySelectorAll<HTMLElement>(
          "#legend, #attribution, #zoom-controls, #full-map-link",
        ),
      ]
        .filter((e) => e.offsetParent !== null && !e.hidden)
        .filter((e) => {
          const b = e.getBoundingClientRect();
          return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
        })
        .map((e) => e.id);
    });
    if (overlaps) expect(overlaps, `${name}: what the inset overlaps`).toEqual([]);
  });

test("in Swedish at 1280×800 the inset shows above the taller legend and names Helsinki on it", async ({
  page,
}) => {
  await open(page, "lang=sv", 1280, 800);
  const helsinki = (await labelFacts(page)).filter((l) => l.key === "inset:county:90");
  expect(helsinki.map((l) => l.text)).toEqual([expect.stringContaining("Helsingfors")]);
  expect(helsinki.every((l) => isTrue(l) && l.onTop && l.inWindow)).toBe(true);
});

test("at 1280×800 all 22 counties are named, on the map, in the inset or in the chart", async ({
  page,
}) => {
  await open(page, "", 1280, 800);
  const onMap = (await labelFacts(page))
    .filter((l) => isTrue(l) && l.level === "county")
    .map((l) => l.code);
  const inChart = await page
    .locator("#chart .chart-row")
    .evaluateAll((rows) =>
      rows
        .filter((r) => (r as HTMLElement).offsetParent !== null)
        .map((r) => (r as HTMLElement).dataset.code),
    );
  const named = new Set([...onMap, ...inChart]);
  expect(named.size).toBe(22);
  // The chart itself is seen: inside the window.
  const box = await page.locator("#chart").boundingBox();
  expect(box && box.x + box.width <= 1280 && box.y >= 0).toBe(true);
});

test("the exported SVG, shown as a page, draws the screen's labels, each on its region or pointing to it", async ({
  page,
}) => {
  await open(page, "", 1280, 800);
  const screen = (await labelFacts(page)).map((l) => l.key).sort();
  const download = page.waitForEvent("download");
  await page.locator("#svg-button").click();
  const file = await (await download).path();
  const { readFileSync } = await import("node:fs");
  const svg = readFileSync(file, "utf8");
  const exported = await page.context().newPage();
  await exported.setContent(
    `<!doctype html><html><body style="margin:0">${svg.replace(/^<\?xml[^>]*>/, "")}</body></html>`,
  );
  await exported.setViewportSize({ width: 1700, height: 1100 });
  const labels = await labelFacts(exported);
  expectTrue(labels, "SVG export");
  // The same labels as the screen: the map's and the inset's.
  expect(labels.map((l) => l.key).sort()).toEqual(screen);
  await exported.close();
});
