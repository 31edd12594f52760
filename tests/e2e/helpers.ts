// Helpers for browser tests: expected values from the app's own pure modules and the committed data.
import { readFileSync } from "node:fs";
import { expect, type Locator, type Page } from "@playwright/test";
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

/**
 * Waits until the map has drawn its first frame and placed its labels (the app's User Timing
 * marks: the labels follow the map's first paint in a task of their own).
 */
export async function mapReady(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      performance.getEntriesByName("map-interactive").length > 0 &&
      performance.getEntriesByName("labels-placed").length > 0,
    null,
    {
      timeout: 20_000,
    },
  );
}

/**
 * Presses the map's + until the address says `zoom` or more. Each press zooms one step from
 * where the map is, so each waits for the last to show in the address.
 */
export async function zoomInUntil(page: Page, zoom: number): Promise<void> {
  for (let i = 0; i < 8 && ((await hashZoom(page)) ?? 0) < zoom; i++) {
    const from = (await hashZoom(page)) ?? 0;
    await page.getByRole("button", { name: /Lähennä/ }).click();
    await expect.poll(() => hashZoom(page)).toBeGreaterThan(from + 0.9);
  }
}

/** Waits until MapLibre has replaced the SVG map (the app's User Timing mark). */
export async function glReady(page: Page): Promise<void> {
  // Polled by time: a page busy starting MapLibre may give animation-frame polling no frame.
  await page.waitForFunction(() => performance.getEntriesByName("gl-ready").length > 0, null, {
    timeout: 25_000,
    polling: 250,
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
 * What a person would see of an element: why it is not seen (null when it is). Seen means
 * rendered (a box, no `display: none`, `visibility: hidden` or near-zero opacity on it or an
 * ancestor), inside the window (scrolled to where it can be), and not painted over: the
 * element at each of several points of its visible box is it or one of its descendants.
 * Pointer events are switched on everywhere while testing, so hit testing follows the
 * painting order rather than what takes clicks.
 */
export async function whyNotSeen(locator: Locator): Promise<string | null> {
  if ((await locator.count()) === 0) return "not in the page";
  await locator
    .first()
    .scrollIntoViewIfNeeded({ timeout: 2_000 })
    .catch(() => undefined);
  return locator.first().evaluate((element: Element) => {
    const box = element.getBoundingClientRect();
    if (box.width < 1 || box.height < 1) return `no box (${box.width}×${box.height})`;
    for (let e: Element | null = element; e; e = e.parentElement) {
      const style = getComputedStyle(e);
      if (style.display === "none") return `display: none on ${e.tagName.toLowerCase()}`;
      if (Number(style.opacity) < 0.1) return `opacity ${style.opacity} on ${e.tagName}`;
    }
    if (getComputedStyle(element).visibility !== "visible") return "visibility hidden";
    const left = Math.max(box.left, 0);
    const right = Math.min(box.right, innerWidth);
    const top = Math.max(box.top, 0);
    const bottom = Math.min(box.bottom, innerHeight);
    if (right - left < 1 || bottom - top < 1) return "outside the window";
    // A constructed sheet: the page's Content Security Policy refuses a <style> element.
    const sheet = new CSSStyleSheet();
    sheet.replaceSync("*, *::before, *::after { pointer-events: auto !important; }");
    const before = document.adoptedStyleSheets;
    document.adoptedStyleSheets = [...before, sheet];
    try {
      const at = (fx: number, fy: number) => [
        left + 1 + (right - left - 2) * fx,
        top + 1 + (bottom - top - 2) * fy,
      ];
      const points = [
        at(0.5, 0.5),
        at(0.1, 0.1),
        at(0.9, 0.1),
        at(0.1, 0.9),
        at(0.9, 0.9),
        at(0.5, 0.2),
        at(0.5, 0.8),
      ];
      for (const [x = 0, y = 0] of points) {
        const hit = document.elementFromPoint(x, y);
        if (!hit || !(hit === element || element.contains(hit))) {
          const what = hit
            ? `${hit.tagName.toLowerCase()}${hit.id ? `#${hit.id}` : ""}${hit.classList.length ? `.${[...hit.classList].join(".")}` : ""}`
            : "nothing";
          return `painted over at (${Math.round(x)}, ${Math.round(y)}) by ${what}`;
        }
      }
      return null;
    } finally {
      document.adoptedStyleSheets = before;
    }
  });
}

/** Asserts that a person sees the element (whyNotSeen), polling until it is or the time runs out. */
export async function expectSeen(locator: Locator, timeout = 10_000): Promise<void> {
  await expect.poll(() => whyNotSeen(locator), { timeout, message: "seen" }).toBeNull();
}

/** The status line says `text` (as toContainText reads it), and a person sees it. */
export async function expectNotice(
  page: Page,
  text: string | RegExp,
  options: { timeout?: number } = {},
): Promise<void> {
  const status = page.locator("#status");
  await expect(status).toContainText(text, options);
  await expectSeen(status);
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
