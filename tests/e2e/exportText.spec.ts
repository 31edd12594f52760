// The exported picture's words are all seen: every text of the legend inside its box, the box
// on the map, every name of the chart clear of its bar and inside the picture, in the language
// with the longest words. Measured by the browser's own type in the SVG shown as a page, not by the estimate
// the picture was composed with.
import { expect, test } from "./fixtures.ts";
import { mapReady } from "./helpers.ts";

for (const lang of ["sv", "fi", "en"])
  test(`the exported SVG in ${lang} keeps every legend text in its box and every chart name clear of its bar`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`./?lang=${lang}`);
    await mapReady(page);
    const download = page.waitForEvent("download");
    await page.locator("#svg-button").click();
    const { readFileSync } = await import("node:fs");
    const svg = readFileSync(await (await download).path(), "utf8");
    const shown = await page.context().newPage();
    await shown.setContent(
      `<!doctype html><html><body style="margin:0">${svg.replace(/^<\?xml[^>]*>/, "")}</body></html>`,
    );
    const facts = await shown.evaluate(() => {
      const box = (e: Element) => e.getBoundingClientRect();
      const picture = box(document.querySelector("svg") as SVGSVGElement);
      const legend = document.querySelector("[data-legend]") as SVGGElement;
      const frame = box(legend.querySelector(":scope > rect") as SVGRectElement);
      const outsideLegend = [...legend.querySelectorAll("text")]
        .filter((t) => {
          const r = box(t);
          return r.left < frame.left || r.right > frame.right || r.bottom > frame.bottom;
        })
        .map((t) => t.textContent);
      const rows = [...document.querySelectorAll("[data-chart-row]")].map((row) => {
        const [, name] = row.querySelectorAll("text");
        const bar = row.querySelector("rect") as SVGRectElement;
        return {
          name: name?.textContent ?? "",
          nameRight: name ? box(name).right : 0,
          barLeft: box(bar).left,
        };
      });
      // The map: the picture's first drawing of its own, below the title band.
      const map = box(document.querySelector("svg svg") as SVGSVGElement);
      const legendOnMap =
        frame.top >= map.top && frame.bottom <= map.bottom && frame.left >= map.left;
      const outsidePicture = [...document.querySelectorAll("[data-chart] text")]
        .filter((t) => box(t).right > picture.right)
        .map((t) => t.textContent);
      return { outsideLegend, legendOnMap, rows, outsidePicture };
    });
    expect(facts.outsideLegend, "legend texts past the legend's box").toEqual([]);
    expect(facts.legendOnMap, "the legend lies on the map, above the sources").toBe(true);
    expect(facts.rows.length).toBeGreaterThanOrEqual(22);
    for (const row of facts.rows)
      expect(row.nameRight, `"${row.name}" runs into its bar`).toBeLessThanOrEqual(row.barLeft);
    expect(facts.outsidePicture, "chart texts past the picture's edge").toEqual([]);
    await shown.close();
  });
