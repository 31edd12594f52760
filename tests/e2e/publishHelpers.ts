// Helpers for the publishing tests: the author's steps through the real UI, and what a reader sees.
import type { FrameLocator, Locator, Page } from "@playwright/test";
import { expect } from "./fixtures.ts";
import { importReal, n, shown } from "./realHelpers.ts";

/** The real file of these tests: the labour force by municipality, 2020 (Statistics Finland). */
export const FILE = "tyovoima-tyolliset-tyottomat-kunnat-2020-div-iso-8859-1.csv";
/** Rows of the file, as published: Helsinki's and Akaa's labour force. */
export const ROWS = { "091": "347 412", "020": "7 539" } as const;
export const TITLE = "Työvoima kunnittain 2020";
export const NOTE = "Luvut ovat vuoden 2020 lopun tilanne.";

/**
 * Imports the file and, in the author's panel, sets a title, a note, a
 * highlight (Helsinki) and five quantile classes; waits until the address
 * carries the table.
 */
export async function authorView(page: Page): Promise<void> {
  await importReal(page, FILE);
  await shown(page, "merkistö windows-1252");
  await page.locator("#author-button").click();
  const panel = page.locator("#author-dialog");
  await expect(panel).toBeVisible();
  await panel.locator("#author-title").fill(TITLE);
  await panel.locator("#author-title").press("Tab");
  await panel.locator("#author-notes").fill(NOTE);
  await panel.locator("#author-notes").press("Tab");
  await panel.locator("#author-highlight-pick").selectOption("091");
  await panel.locator("#author-highlight-add").click();
  await panel.locator("#author-classes").selectOption("quantile");
  await panel.locator("#author-class-count").selectOption("5");
  await panel.getByRole("button", { name: /Sulje/ }).click();
  await expect(page).toHaveURL(/classes=quantile%3A5/);
  await expect(page).toHaveURL(/#t=[A-Za-z0-9_-]{100,}/, { timeout: 20_000 });
}

/**
 * What a reader must see, in a page or an embed's frame: the title, the note,
 * Helsinki outlined and named, five classes, and the file's values.
 */
export async function seesAuthorView(
  view: Page | FrameLocator,
  values: (code: string) => Promise<Locator>,
): Promise<void> {
  await expect(view.locator("#app-title")).toHaveText(TITLE, { timeout: 20_000 });
  await expect(view.locator("#attribution .story-note")).toHaveText(NOTE);
  await expect(view.locator('.svg-map [data-layer="highlight"] path')).toHaveCount(1);
  await expect(view.locator("#map-description")).toContainText(/Korostettu: Helsinki 347\s412/);
  await expect(view.locator("#legend .legend-classes li")).toHaveCount(5);
  for (const [code, value] of Object.entries(ROWS))
    await expect(await values(code)).toHaveText(n(value));
}
