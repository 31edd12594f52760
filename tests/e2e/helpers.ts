// Helpers for browser tests: expected values from the app's own pure modules and the committed data.
import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { PNG } from "pngjs";
import { atlasFromTopology } from "../../src/data/atlas.ts";
import { surveyDataset } from "../../src/data/dataset.ts";
import { parseSurvey } from "../../src/data/survey.ts";
import { validateSurveyMeta } from "../../src/data/surveyMeta.ts";
import { choropleth } from "../../src/scales/choropleth.ts";
import type { Scheme } from "../../src/scales/colorScale.ts";

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), "utf8");

export const atlas = atlasFromTopology(JSON.parse(read("public/data/finland-2025.topo.json")));
export const survey = parseSurvey(
  read("public/data/survey/kuntaliitto-2026.csv"),
  validateSurveyMeta(JSON.parse(read("public/data/survey/kuntaliitto-2026.meta.json"))),
  atlas.regions.county,
);

/** The colour the map should give a county, as [r, g, b]. */
export function expectedColor(
  county: string,
  metric: string,
  scheme: Scheme,
): [number, number, number] {
  const dataset = surveyDataset(
    survey,
    atlas.regions.county.map((c) => c.code),
  );
  const css = choropleth(dataset, metric, scheme).colors.get(county) ?? "";
  const m = css.match(/rgb\((\d+), (\d+), (\d+)\)/) ?? css.match(/#(..)(..)(..)/);
  if (!m) throw new Error(`unexpected colour ${css}`);
  const parse = (v: string | undefined) =>
    css.startsWith("#") ? Number.parseInt(v ?? "", 16) : Number(v);
  return [parse(m[1]), parse(m[2]), parse(m[3])];
}

/** The most common colour in a 7 × 7 square of the page around (x, y): the fill, not a line across it. */
export async function fillAt(page: Page, x: number, y: number): Promise<[number, number, number]> {
  const png = PNG.sync.read(
    await page.screenshot({ clip: { x: x - 3, y: y - 3, width: 7, height: 7 } }),
  );
  const counts = new Map<string, number>();
  for (let i = 0; i < png.data.length; i += 4) {
    const key = `${png.data[i]},${png.data[i + 1]},${png.data[i + 2]}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const [best] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? ["0,0,0"];
  return best.split(",").map(Number) as [number, number, number];
}

/** Waits until the map has drawn its first idle frame (the app's User Timing mark). */
export async function mapReady(page: Page): Promise<void> {
  await page.waitForFunction(
    () => performance.getEntriesByName("map-interactive").length > 0,
    null,
    {
      timeout: 20_000,
    },
  );
}

/** Waits until MapLibre has replaced the SVG map (the app's User Timing mark). */
export async function glReady(page: Page): Promise<void> {
  await page.waitForFunction(() => performance.getEntriesByName("gl-ready").length > 0, null, {
    timeout: 25_000,
  });
}

/** Loads MapLibre without moving the map (the page must have `?debug`), and waits for it. */
export async function loadGl(page: Page): Promise<void> {
  await mapReady(page);
  await page.evaluate(() =>
    (globalThis as unknown as { atlasHost: { requestGl(): void } }).atlasHost.requestGl(),
  );
  await glReady(page);
}

/** The map's zoom as the address says it (the hash), or null while Finland is fitted. */
export async function hashZoom(page: Page): Promise<number | null> {
  const hash = await page.evaluate(() => location.hash);
  const zoom = Number(hash.replace(/^#/, "").split("/")[0]);
  return hash && Number.isFinite(zoom) ? zoom : null;
}

/** Drops a file on the map as a person would, with a real DataTransfer. */
export async function dropFile(
  page: Page,
  name: string,
  content: Buffer | string,
  type = "text/csv",
): Promise<void> {
  const bytes = [...(typeof content === "string" ? Buffer.from(content) : content)];
  const transfer = await page.evaluateHandle(
    ({ bytes, name, type }) => {
      const dt = new DataTransfer();
      dt.items.add(new File([new Uint8Array(bytes)], name, { type }));
      return dt;
    },
    { bytes, name, type },
  );
  await page.dispatchEvent("#main", "dragover", { dataTransfer: transfer });
  await page.dispatchEvent("#main", "drop", { dataTransfer: transfer });
}

/**
 * Serves the page without the survey it carries (build/firstViewPlugin.ts), so
 * the app fetches every survey file, and a test can route them.
 */
export async function withoutCarriedFiles(page: Page): Promise<void> {
  await page.route(
    (url) => url.pathname.endsWith("/") || url.pathname.endsWith("/index.html"),
    async (route) => {
      const response = await route.fetch();
      const body = (await response.text()).replace(
        /<script type="application\/json" id="carried-files">[^<]*<\/script>/,
        "",
      );
      await route.fulfill({ response, body });
    },
  );
}
