// The 20 MB municipal table of the heartbeat test, dropped on the app: time to read it and to show it.
import type { Browser } from "@playwright/test";
import { atlasFromTopology } from "../../src/data/atlas.ts";
import { bigMunicipalTable } from "../bigTable.ts";

export interface ImportSample {
  /** From the drop to the worker's result on the page, ms. */
  readMs: number;
  /** From the drop to the map showing it, ms. */
  shownMs: number;
  /** The longest main-thread task in that time, ms. */
  longestTaskMs: number;
  bytes: number;
  /** Metric changes on the imported table, change to next frame (ms), by the level it is shown at. */
  recolourMs: Record<string, number[]>;
}

/** The levels municipal data is shown at, as the level picker names them; the table's own (municipality) first. */
export const RECOLOUR_LEVELS = [
  "municipality",
  "county",
  "employmentArea",
  "maakunta",
  "seutukunta",
];

let table: string | null = null;

export async function measureImport(
  browser: Browser,
  url: string,
  topology: unknown,
): Promise<ImportSample> {
  if (!table) {
    const atlas = atlasFromTopology(topology as Parameters<typeof atlasFromTopology>[0]);
    table = bigMunicipalTable(atlas.municipalities.map((m) => ({ code: m.code, name: m.name.fi })));
  }
  const body = table;
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.route("**/__big.csv", (route) => route.fulfill({ body, contentType: "text/csv" }));
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName("map-interactive").length > 0);
  const sample = await page.evaluate(async () => {
    const bytes = await (await fetch("/__big.csv")).arrayBuffer();
    const file = new File([bytes], "suuri.csv", { type: "text/csv" });
    let longest = 0;
    const t0 = performance.now();
    new PerformanceObserver((list) => {
      for (const task of list.getEntries())
        if (task.startTime >= t0) longest = Math.max(longest, task.duration);
    }).observe({ type: "longtask" });
    const dt = new DataTransfer();
    dt.items.add(file);
    document
      .getElementById("main")
      ?.dispatchEvent(new DragEvent("drop", { dataTransfer: dt, bubbles: true, cancelable: true }));
    // No named functions in here: the bench runs through tsx, whose helpers do not exist in the page.
    const found: Record<string, number> = {};
    while (found["import-shown"] === undefined) {
      await new Promise((r) => setTimeout(r, 20));
      for (const e of performance.getEntriesByType("mark"))
        if (e.startTime >= t0 && e.name.startsWith("import-")) found[e.name] = e.startTime - t0;
    }
    const readMs = found["import-read"] ?? Number.NaN;
    const shownMs = found["import-shown"] ?? Number.NaN;
    await new Promise((r) => setTimeout(r, 300));
    return { readMs, shownMs, longestTaskMs: longest, bytes: bytes.byteLength };
  });
  // Recolour at each level: a level is chosen (and drawn), then the metric changes three times.
  const recolourMs: Record<string, number[]> = {};
  for (const level of RECOLOUR_LEVELS) {
    await page.selectOption("#level-select", level).catch(() => undefined);
    await page.waitForTimeout(1500);
    const metrics = await page.$$eval("#metric-select option", (o) =>
      o.map((e) => (e as HTMLOptionElement).value),
    );
    recolourMs[level] = [];
    for (let i = 1; i <= 3; i++) {
      await page.waitForTimeout(250);
      recolourMs[level]?.push(
        await page.evaluate(
          (metric) =>
            new Promise<number>((resolve) => {
              const select = document.getElementById("metric-select") as HTMLSelectElement;
              const t0 = performance.now();
              select.value = metric;
              select.dispatchEvent(new Event("change"));
              requestAnimationFrame(() => resolve(performance.now() - t0));
            }),
          metrics[i % metrics.length] ?? "",
        ),
      );
    }
  }
  await context.close();
  return { ...sample, recolourMs };
}
