// A scripted session, as a person at a seminar would use the map: each interaction timed by the
// browser's long-task observer, so the bench reports the longest task of each and of the whole.
import type { Browser, Page } from "@playwright/test";
import { atlasFromTopology } from "../../src/data/atlas.ts";

export interface SessionSample {
  /** The longest main-thread task of each interaction, ms (0: none of 50 ms or more). */
  tasks: Record<string, number>;
  /** The longest of them all, ms. */
  longestTaskMs: number;
}

/** Waits for the change to be drawn (two frames), then reads and resets the longest task. */
async function settle(page: Page): Promise<number> {
  await page.evaluate(
    () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
  );
  // Later steps of a change (labels, the chart's rows) run in tasks of their own: let them.
  await page.evaluate(() => new Promise((r) => setTimeout(r, 100)));
  return page.evaluate(() => {
    const w = window as unknown as { __longest: number };
    const longest = w.__longest;
    w.__longest = 0;
    return Math.round(longest);
  });
}

/**
 * Loads the app and runs the session: metrics, language, every view, a
 * municipal table of 308 rows imported (a level and a period changed), a PNG,
 * presenter mode on and off, the table removed. Returns each interaction's
 * longest task.
 */
export async function measureSession(
  browser: Browser,
  url: string,
  topology: unknown,
): Promise<SessionSample> {
  const atlas = atlasFromTopology(topology as Parameters<typeof atlasFromTopology>[0]);
  const rows = atlas.municipalities.flatMap((m, i) =>
    ["2023", "2024"].map((year, j) => `${m.name.fi};${year};${i + j};${(i * 7) % 100}`),
  );
  const table = `kunta;vuosi;väkiluku;osuus\n${rows.join("\n")}\n`;
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName("map-interactive").length > 0);
  await page.evaluate(() => {
    const w = window as unknown as { __longest: number };
    w.__longest = 0;
    new PerformanceObserver((list) => {
      for (const task of list.getEntries()) w.__longest = Math.max(w.__longest, task.duration);
    }).observe({ type: "longtask" });
  });
  const tasks: Record<string, number> = {};
  const step = async (name: string, run: () => Promise<unknown>) => {
    await run();
    tasks[name] = Math.max(tasks[name] ?? 0, await settle(page));
  };
  for (const metric of ["planning", "openness", "meetings"])
    await step("metric", () => page.locator("#metric-select").selectOption(metric));
  await step("language", () => page.locator("#lang-select").selectOption("en"));
  for (const view of ["table", "chart", "crossings", "map"])
    await step(`view ${view}`, () => page.locator(`#views button[data-view="${view}"]`).click());
  await step("language", () => page.locator("#lang-select").selectOption("fi"));
  await step("import 308 municipalities", async () => {
    await page.evaluate((text) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], "kunnat.csv", { type: "text/csv" }));
      document
        .getElementById("main")
        ?.dispatchEvent(
          new DragEvent("drop", { dataTransfer: dt, bubbles: true, cancelable: true }),
        );
    }, table);
    await page.waitForFunction(
      () => document.querySelector("#legend h2")?.textContent === "väkiluku",
      null,
      { timeout: 30_000 },
    );
  });
  await step("level", () => page.locator("#level-select").selectOption("county"));
  await step("period", () => page.locator("#period-select").selectOption("2023"));
  await step("level", () => page.locator("#level-select").selectOption("municipality"));
  await step("metric", () => page.locator("#metric-select").selectOption({ index: 1 }));
  await step("view chart", () => page.locator('#views button[data-view="chart"]').click());
  await step("view map", () => page.locator('#views button[data-view="map"]').click());
  await step("PNG export", async () => {
    const download = page.waitForEvent("download");
    await page.locator("#png-button").click();
    await download;
  });
  await step("presenter", async () => {
    await page.locator("#present-button").click();
    await page.waitForFunction(() => document.documentElement.classList.contains("presenting"));
  });
  await step("presenter next slide", () => page.keyboard.press("ArrowRight"));
  await step("presenter off", () => page.keyboard.press("Escape"));
  await step("remove the table", () => page.locator("#remove-import").click());
  await context.close();
  return { tasks, longestTaskMs: Math.max(0, ...Object.values(tasks)) };
}
