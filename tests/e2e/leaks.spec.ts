// Long sessions: fifty imports and removals end with the page's nodes and listeners within 5 % of
// where they began (Chromium's own counters, after a garbage collection).
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures.ts";
import { dropFile, mapReady } from "./helpers.ts";

/** Nodes, documents and JavaScript event listeners of the page, after collecting garbage. */
async function counters(page: Page) {
  // The browser holds the last element pointed at, pressed and focused until the next such event:
  // a press on the page's title, away from everything the app draws, lets those go.
  await page.locator("#app-title").click();
  await page.mouse.move(1, 1);
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("HeapProfiler.collectGarbage");
  const counts = (await cdp.send("Memory.getDOMCounters")) as {
    documents: number;
    nodes: number;
    jsEventListeners: number;
  };
  await cdp.detach();
  return counts;
}

/**
 * One import and its removal: a table pasted in the dialog, or (every other time) a municipal
 * table of two periods dropped on the map, looked at as a table, at another level and period,
 * and its reading shown.
 */
async function importAndRemove(page: Page, i: number): Promise<void> {
  if (i % 2) {
    await page.getByRole("button", { name: "Tuo omat tiedot" }).click();
    await page
      .getByLabel("Liitä taulukko")
      .fill(`alue;arvo${i}\nLappi;1\nKainuu;2\nVantaa-Kerava;${i}\n`);
    await page.getByRole("button", { name: "Näytä kartalla" }).click();
  } else {
    const rows = ["Helsinki", "Espoo", "Vantaa", "Kerava", "Tampere", "Oulu"].flatMap((m, j) => [
      `${m};2023;${j}`,
      `${m};2024;${j + i}`,
    ]);
    await dropFile(page, `kunnat-${i}.csv`, `kunta;vuosi;arvo${i}\n${rows.join("\n")}\n`);
  }
  await expect(page.locator("#legend h2")).toHaveText(`arvo${i}`);
  if (i % 2 === 0) {
    await page.getByRole("button", { name: "Taulukko" }).click();
    await page.locator("#level-select").selectOption("county");
    await page.locator("#period-select").selectOption("2023");
    await page.getByRole("button", { name: "Kartta" }).click();
    await page.locator("#notice-action").click();
    await page.locator("#import-dialog button.close").click();
  }
  await page.getByRole("button", { name: "Poista tuotu aineisto" }).click();
  await expect(page.locator("#legend h2")).toHaveText("Säännölliset tapaamiset");
}

test("fifty imports and removals leave the nodes and listeners within 5 % of where they began", async ({
  page,
}) => {
  test.setTimeout(300_000);
  await page.goto("./");
  await mapReady(page);
  // Loaded: the neighbouring countries arrive after the first view (in the inset too).
  await expect(page.locator('.map-inset [data-layer="neighbours"] path').first()).toBeAttached();
  // One of each kind first: what the first use loads once (the dialog, every level's shapes that a
  // municipal table brings, the finer neighbours after the first move) is no leak.
  await importAndRemove(page, 1);
  await importAndRemove(page, 2);
  const before = await counters(page);
  for (let i = 3; i <= 52; i++) await importAndRemove(page, i);
  const after = await counters(page);
  console.log(
    `after 50 imports and removals: nodes ${before.nodes} → ${after.nodes}, listeners ${before.jsEventListeners} → ${after.jsEventListeners}, documents ${before.documents} → ${after.documents}`,
  );
  expect(after.nodes).toBeLessThanOrEqual(before.nodes * 1.05);
  expect(after.jsEventListeners).toBeLessThanOrEqual(before.jsEventListeners * 1.05);
  expect(after.documents).toBeLessThanOrEqual(before.documents);
});
