// Helpers for the browser tests of real published files: import one through the UI, read what the table shows.
import { readFileSync } from "node:fs";
import type { Locator, Page } from "@playwright/test";
import { expect } from "./fixtures.ts";
import { dropFile, mapReady } from "./helpers.ts";

export const real = (name: string) =>
  readFileSync(new URL(`../fixtures/real/${name}`, import.meta.url));

/** Numbers as the interface writes them, thousands separated by a (narrow) no-break space. */
export const n = (text: string) => new RegExp(`^${text.replace(/ /g, "[\\s\\u00a0\\u202f]")}$`);

/** Opens the app and drops a real file on the map. */
export async function importReal(page: Page, name: string, lang = "fi"): Promise<void> {
  await page.goto(`./?lang=${lang}`);
  await mapReady(page);
  const type = name.endsWith(".json") ? "application/json" : "text/csv";
  await dropFile(page, name, real(name), type);
}

/** Waits until the import is shown and stored (the notice says how it was read). */
export async function shown(page: Page, summary: string | RegExp): Promise<void> {
  await expect(page.locator("#status")).toContainText(summary, { timeout: 20_000 });
}

/** The import's problems, as the dialog lists them. */
export const issues = (page: Page): Locator => page.locator("#import-issues li");

/** Shows the table view. */
export async function openTable(page: Page): Promise<void> {
  const table = page.locator("#table-view");
  if (await table.isVisible()) return;
  await page.getByRole("button", { name: /^(Taulukko|Table|Tabell)$/ }).click();
  await expect(table).toBeVisible();
}

/**
 * The table's cell of a region and a metric column (by its head's text, which
 * starts with the metric's label); the table view is opened first.
 */
export async function cell(page: Page, code: string, metric: string): Promise<Locator> {
  await openTable(page);
  const heads = page.locator("#table-view thead th");
  await expect(heads.filter({ hasText: metric }).first()).toBeVisible();
  const texts = await heads.allTextContents();
  const column = texts.findIndex((t) => t.trim().startsWith(metric));
  if (column < 1) throw new Error(`no column “${metric}” in ${texts.join(" | ")}`);
  return page.locator(`#table-view tbody tr[data-code="${code}"] > *`).nth(column);
}

/** Chooses a metric by its label's start. */
export async function metric(page: Page, label: string): Promise<void> {
  const select = page.locator("#metric-select");
  const options = await select.locator("option").allTextContents();
  const found = options.find((o) => o.startsWith(label));
  if (!found) throw new Error(`no metric “${label}” in ${options.join(" | ")}`);
  await select.selectOption({ label: found });
}

/** Chooses the level the table is shown at. */
export async function level(page: Page, id: string): Promise<void> {
  await page.locator("#level-select").selectOption(id);
  await expect(page).toHaveURL(new RegExp(`level=${id}`));
}

/** The provenance and attribute lines of a county's details panel (opened through the URL). */
export async function countyDetails(page: Page, code: string, query = ""): Promise<Locator> {
  await page.goto(`./?data=local${query}&county=${code}`);
  await mapReady(page);
  const details = page.locator("#side-panel .details");
  await expect(details).toBeVisible();
  return details;
}
