// Fails each lazily loaded chunk of the built app in turn (404), and uses every part of the app:
// the map starts, and each action either works or says, with Retry, that it cannot.
// Plain Playwright test: a failed request logs a console error on purpose.
import { readdirSync, readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { expect, test } from "@playwright/test";
import { recordCspViolations } from "./fixtures.ts";
import { dropFile, mapReady, whyNotSeen } from "./helpers.ts";

test.describe.configure({ mode: "parallel" });

const ASSETS = new URL("../../dist/assets/", import.meta.url);
/**
 * The chunks the page loads as it starts (its script, the chunks that script imports, which
 * the page preloads, and its stylesheet): without one of them nothing starts, which is
 * tests/e2e/startup.spec.ts's concern.
 */
const PAGE = new Set(
  [
    ...readFileSync(new URL("../../dist/index.html", import.meta.url), "utf8").matchAll(
      /<(?:script type="module"|link rel="(?:modulepreload|stylesheet)")[^>]*(?:src|href)="\.\/assets\/([^"]+)"/g,
    ),
  ].map((m) => m[1] ?? ""),
);
/** Every other chunk: loaded when a part of the app is first used. */
const LAZY = readdirSync(ASSETS).filter((f) => /\.(m?js|css)$/.test(f) && !PAGE.has(f));
const WORKBOOK = readFileSync(
  new URL("../fixtures/real/statfi-aanioikeutetut-2021.xlsx", import.meta.url),
);

/** Takes the notice away, so that the next action's outcome is its own. */
const dismiss = (page: Page) =>
  page.evaluate(() => {
    const status = document.getElementById("status");
    if (status) status.hidden = true;
  });

/** Waits until `worked` holds or a seen notice offers Retry; says which. */
async function workedOrExplained(page: Page, worked: () => Promise<boolean>, timeout = 25_000) {
  let outcome = "";
  await expect
    .poll(
      async () => {
        if (await worked()) outcome = "worked";
        else if (
          (await page.locator("#status button#notice-action").count()) > 0 &&
          (await whyNotSeen(page.locator("#status"))) === null
        )
          outcome = "explained";
        return outcome;
      },
      { timeout },
    )
    .not.toBe("");
  return outcome;
}

const dialogOpen = (page: Page) =>
  page.locator("#import-dialog").evaluate((d: HTMLDialogElement) => d.open);

test("the fuzz covers the app's lazily loaded chunks, and leaves out only the page's own", () => {
  expect([...PAGE].some((f) => /^index-.*\.js$/.test(f))).toBe(true);
  expect([...PAGE].some((f) => /^index-.*\.css$/.test(f))).toBe(true);
  for (const name of [
    "importDialog",
    "presenter",
    "exportView",
    "restore",
    "storage",
    "mapAdapter",
  ])
    expect(
      LAZY.some((f) => f.startsWith(`${name}-`)),
      name,
    ).toBe(true);
});

for (const file of LAZY)
  test(`with ${file} failing, the map starts and every action works or says why`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const errors: string[] = [];
    await recordCspViolations(page);
    page.on("pageerror", (e) => errors.push(String(e)));
    let downloads = 0;
    page.on("download", () => downloads++);
    // A table stored first, so that the page restores one.
    await page.goto("./");
    await mapReady(page);
    await dropFile(page, "tallennettu.csv", "alue;arvo\nLappi;1\nKainuu;2\nVantaa-Kerava;3\n");
    await expect(page.locator("#legend h2")).toHaveText("arvo");
    // Its notice comes once the table is saved.
    await expect(page.locator("#status")).toContainText("Näytetään tuotu aineisto");

    await page.route(`**/assets/${file}`, (route) => route.fulfill({ status: 404, body: "" }));
    await page.goto("./?data=local&debug");
    await mapReady(page);
    await expect(page.locator("#legend h2")).toBeVisible();
    await workedOrExplained(
      page,
      async () => (await page.locator("#legend h2").textContent()) === "arvo",
    );

    await dismiss(page);
    // Import: the dialog, then a pasted table.
    await page.getByRole("button", { name: "Tuo omat tiedot" }).click();
    if ((await workedOrExplained(page, () => dialogOpen(page))) === "worked") {
      await page
        .getByLabel("Liitä taulukko")
        .fill("alue;toinen\nLappi;1\nKainuu;2\nVantaa-Kerava;3\n");
      await dismiss(page);
      await page.getByRole("button", { name: "Näytä kartalla" }).click();
      await workedOrExplained(
        page,
        async () => (await page.locator("#legend h2").textContent()) === "toinen",
      );
      if (await dialogOpen(page)) await page.locator("#import-dialog button.close").click();
    }
    await dismiss(page);
    // A workbook dropped on the map: shown, explained in the dialog, or a notice.
    await dropFile(
      page,
      "vaalit.xlsx",
      WORKBOOK,
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    );
    await workedOrExplained(
      page,
      async () =>
        (await page.locator("#legend h2").textContent()) !== "toinen" ||
        ((await dialogOpen(page)) && (await page.locator("#import-issues li").count()) > 0),
    );
    if (await dialogOpen(page)) await page.locator("#import-dialog button.close").click();
    // Downloads.
    for (const name of ["Lataa CSV", "Lataa SVG", "Lataa PNG"]) {
      await dismiss(page);
      const before = downloads;
      await page.getByRole("button", { name }).click();
      await workedOrExplained(page, async () => downloads > before);
    }
    await dismiss(page);
    // Presenter mode, and out again.
    await page.getByRole("button", { name: "Esitystila" }).click();
    if (
      (await workedOrExplained(page, () => page.locator("#slide-position").isVisible())) ===
      "worked"
    )
      await page.keyboard.press("Escape");
    await dismiss(page);
    // MapLibre.
    await page.evaluate(() =>
      (globalThis as unknown as { atlasHost: { requestGl(): void } }).atlasHost.requestGl(),
    );
    await workedOrExplained(
      page,
      () => page.evaluate(() => performance.getEntriesByName("gl-ready").length > 0),
      40_000,
    );
    await expect(page.locator("#legend h2")).toBeVisible();
    expect(errors, "uncaught errors").toEqual([]);
    const violations = await page.evaluate(
      () => (window as unknown as { cspViolations?: string[] }).cspViolations ?? [],
    );
    expect(violations).toEqual([]);
  });
