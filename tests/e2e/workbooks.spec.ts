// Workbook bombs and files that would take the tab down: each is refused or read within budget,
// with a clear message, and the map and page stay; a refused file leaves no "reading…" behind.
import type { Page } from "@playwright/test";
import fc from "fast-check";
import { workbook, zipBomb } from "../workbooks.ts";
import { expect, test } from "./fixtures.ts";
import { dropFile, expectSeen, mapReady } from "./helpers.ts";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const TABLE: (string | number)[][] = [
  ["alue", "arvo"],
  ["Lappi", 1],
  ["Kainuu", 2],
  ["Vantaa-Kerava", 3],
];

let crashed = false;
test.beforeEach(async ({ page }) => {
  crashed = false;
  page.on("crash", () => {
    crashed = true;
  });
  await page.goto("./");
  await mapReady(page);
});
test.afterEach(() => expect(crashed, "the tab crashed").toBe(false));

/** Waits until the file is shown (the legend names `header`) or explained in the dialog; says which. */
async function shownOrRefused(page: Page, header: string, timeout = 60_000): Promise<string> {
  let outcome = "";
  await expect
    .poll(
      async () => {
        if ((await page.locator("#legend h2").textContent()) === header) outcome = "shown";
        else if ((await page.locator("#import-issues li").count()) > 0) outcome = "refused";
        return outcome;
      },
      { timeout },
    )
    .not.toBe("");
  return outcome;
}

test("a 2 MB workbook that unpacks to 2 GiB is refused with its size, and the tab stays", async ({
  page,
}) => {
  test.setTimeout(90_000);
  const bomb = zipBomb(2);
  expect(bomb.length).toBeLessThan(3 * 1024 * 1024);
  await dropFile(page, "pommi.xlsx", bomb, XLSX);
  expect(await shownOrRefused(page, "—")).toBe("refused");
  const issue = page.locator("#import-issues li");
  await expect(issue).toContainText("Excel-tiedostoa ei luettu: purettuna se olisi yli");
  await expectSeen(issue);
  // Closed, the dialog leaves nothing saying the file is being read.
  await page.locator("#import-dialog button.close").click();
  await expect(page.locator("#status", { hasText: "Luetaan tiedostoa" })).toBeHidden();
  await expect(page.locator("#legend h2")).toHaveText("Säännölliset tapaamiset");
});

test("a 1 KB workbook whose dimension says A1:XFD1048576 is read by its cells, at once", async ({
  page,
}) => {
  const bytes = workbook(TABLE, { dimension: "A1:XFD1048576" });
  expect(bytes.length).toBeLessThan(2048);
  await dropFile(page, "iso-alue.xlsx", bytes, XLSX);
  expect(await shownOrRefused(page, "arvo", 20_000)).toBe("shown");
  await expect(page.locator('.county-label[data-code="21"] .label-value')).toHaveText("1");
});

test("one stray value in XFD1048576 is read or refused within budget, never a stuck tab", async ({
  page,
}) => {
  await dropFile(
    page,
    "harhaarvo.xlsx",
    workbook(TABLE, { dimension: "A1:XFD1048576", extra: [[1048575, 16383, 7]] }),
    XLSX,
  );
  await shownOrRefused(page, "arvo", 30_000);
  await expect(page.locator("#legend h2")).toBeVisible();
});

test("a 49 MB file of line breaks is explained without taking the tab down", async ({ page }) => {
  test.setTimeout(120_000);
  await page.evaluate(() => {
    const file = new File([new Uint8Array(49 * 1024 * 1024).fill(10)], "rivit.csv", {
      type: "text/csv",
    });
    const dt = new DataTransfer();
    dt.items.add(file);
    document
      .getElementById("main")
      ?.dispatchEvent(new DragEvent("drop", { dataTransfer: dt, bubbles: true, cancelable: true }));
  });
  expect(await shownOrRefused(page, "—", 100_000)).toBe("refused");
  await expectSeen(page.locator("#import-issues li").first());
  await page.locator("#import-dialog button.close").click();
  await expect(page.locator("#status", { hasText: "Luetaan tiedostoa" })).toBeHidden();
});

test("random workbooks (declared extents, stray cells, broken archives) are shown or explained (10 runs)", async ({
  page,
}) => {
  test.setTimeout(150_000);
  const cell = fc.oneof(fc.constantFrom("Lappi", "Kainuu", "Vantaa-Kerava", "arvo"), fc.integer());
  const book = fc.oneof(
    fc
      .tuple(
        fc.array(fc.array(cell, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 6 }),
        fc.constantFrom(undefined, "A1:XFD1048576", "A1", "ZZZ9", "garbage"),
        fc.array(
          fc.tuple(fc.integer({ min: 0, max: 1048575 }), fc.integer({ min: 0, max: 16383 }), cell),
          { maxLength: 3 },
        ),
      )
      .map(([rows, dimension, extra]) =>
        workbook(rows, { ...(dimension ? { dimension } : {}), extra }),
      ),
    fc
      .tuple(fc.integer({ min: 0, max: 400 }), fc.uint8Array({ minLength: 1, maxLength: 40 }))
      .map(([at, junk]) => {
        const bytes = Buffer.from(workbook(TABLE));
        bytes.set(junk, Math.min(at, bytes.length - junk.length));
        return bytes;
      }),
  );
  await fc.assert(
    fc.asyncProperty(book, async (bytes) => {
      if (await page.locator("#import-dialog").evaluate((d: HTMLDialogElement) => d.open))
        await page.locator("#import-dialog button.close").click();
      await page.evaluate(() => {
        const status = document.getElementById("status");
        if (status) {
          status.hidden = true;
          status.replaceChildren();
        }
      });
      await dropFile(page, "satunnainen.xlsx", bytes, XLSX);
      await expect
        .poll(
          async () =>
            (await page.locator("#import-issues li").count()) > 0 ||
            ((await page.locator("#status").isVisible()) &&
              ((await page.locator("#status").textContent()) ?? "").includes("Näytetään tuotu")),
          { timeout: 30_000 },
        )
        .toBe(true);
    }),
    { numRuns: 10, seed: 2024, interruptAfterTimeLimit: 130_000 },
  );
});
