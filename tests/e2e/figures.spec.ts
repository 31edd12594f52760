// Numbers a journalist can cite: land and population shares with their editions, N, ranks, editions as data.
import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures.ts";
import { expectNotice, mapReady, withoutCarriedFiles } from "./helpers.ts";

const fixture = (name: string) =>
  readFileSync(new URL(`../fixtures/survey/${name}`, import.meta.url), "utf8");

/** Serves a second, made-up survey edition from the test fixtures (never from public/). */
async function withTestEdition(page: Page, meta = fixture("testikysely-2099.meta.json")) {
  // The page carries the editions list: without it, the app fetches the routed one.
  await withoutCarriedFiles(page);
  await page.route("**/data/survey/editions.json", (route) =>
    route.fulfill({
      contentType: "application/json",
      body: JSON.stringify({
        default: "kuntaliitto-2026",
        editions: ["kuntaliitto-2026", "testikysely-2099"],
      }),
    }),
  );
  await page.route("**/data/survey/testikysely-2099.meta.json", (route) =>
    route.fulfill({ contentType: "application/json", body: meta }),
  );
  await page.route("**/data/survey/testikysely-2099.csv", (route) =>
    route.fulfill({ contentType: "text/csv", body: fixture("testikysely-2099.csv") }),
  );
}

test("the crossings panel gives land and population shares, naming both sources and editions", async ({
  page,
}) => {
  await page.goto("./?view=crossings&lang=en");
  await mapReady(page);
  const panel = page.locator(".crossings");
  await expect(panel).toContainText(
    "land area (without inland water and sea; National Land Survey of Finland 2023)",
  );
  await expect(panel).toContainText("population (Statistics Finland 31 December 2024)");
  const keskiSavo = panel.locator(".crossing-list > li", { hasText: "Central Savo" });
  await expect(keskiSavo).toContainText("North Savo: 57% of the land area, 66% of the population");
  await expect(keskiSavo).toContainText("South Savo: 43% of the land area, 34% of the population");
  await expect(page.locator("#attribution")).toContainText(
    "Population 31 December 2024: Statistics Finland",
  );
  await expect(page.locator("#attribution")).toContainText("Land areas: National Land Survey 2023");
});

test("a count is summed for the whole country, and a small county is not ranked and says why", async ({
  page,
}) => {
  await page.goto("./?metric=respondents");
  await mapReady(page);
  await expect(page.locator("#legend")).toContainText("Kaikki vastaajat yhteensä: 486");
  await page.locator('.inset-label[data-code="90"]').focus();
  const tip = page.locator("#tooltip");
  await expect(tip).toContainText("Kaikki vastaajat yhteensä: 486");
  await expect(tip).toContainText("Keskiarvo aluetta kohden: 22,1");
  await page.goto("./?metric=planning");
  await mapReady(page);
  await page.locator('.inset-label[data-code="90"]').focus();
  await expect(tip).toContainText("Suunnitelmallisuus: 4,0 (N = 1)");
  await expect(tip).toContainText("Ei sijoitusta: alle 10 vastaajaa");
  await expect(tip).not.toContainText("Sija");
});

test("each question's national N shows in the legend, the details and the table", async ({
  page,
}) => {
  await page.goto("./?metric=elected_officials&county=21");
  await mapReady(page);
  await expect(page.locator("#legend")).toContainText("Vastauksia koko maassa N = 236.");
  await expect(page.locator("#legend")).toContainText("Kaikki vastaajat: 2,7 (N = 236)");
  await expect(page.locator("#side-panel")).toContainText("(koko maa 2,7, N = 236)");
  await page.getByRole("button", { name: "Taulukko" }).click();
  const nRow = page.locator("tfoot tr.question-n");
  await expect(nRow).toContainText("236");
  await expect(nRow).toContainText("458");
});

test("the about panel names each source's edition and what the area is", async ({ page }) => {
  await page.goto("./?lang=en");
  await mapReady(page);
  await page.getByRole("button", { name: "About this map" }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog).toContainText(
    "land area (National Land Survey of Finland, 1 January 2023; area means land, without inland water and sea)",
  );
  await expect(dialog).toContainText("population (Statistics Finland, 31 December 2024)");
  await expect(dialog).toContainText("Population by municipality, 31 December 2024");
  await expect(dialog).toContainText(
    "Counties with fewer than 10 respondents are hatched and not ranked",
  );
});

test("a second survey edition is a file drop: its picker appears, it shows, and the URL keeps it", async ({
  page,
}) => {
  await withTestEdition(page);
  await page.goto("./");
  await mapReady(page);
  const picker = page.getByLabel("Kyselyn painos");
  await expect(picker).toBeVisible();
  await expect(picker.locator("option")).toHaveText([
    "Kuntaliitto 2–3/2026",
    "Testijulkaisija (keksitty) 1–2/2099",
  ]);
  await picker.selectOption("testikysely-2099");
  await expect(page).toHaveURL(/edition=testikysely-2099/);
  await expect(page.locator("#legend h2")).toHaveText("Luottamus (keksitty)");
  await expect(page.locator("#app-subtitle")).toHaveText(
    "Keksitty testikysely 2099: ei oikeita lukuja",
  );
  await expect(page.locator("#attribution")).toContainText("Kysely: keksitty testiaineisto 2099");
  await page.reload();
  await mapReady(page);
  await expect(page.getByLabel("Kyselyn painos")).toHaveValue("testikysely-2099");
  await expect(page.locator("#legend h2")).toHaveText("Luottamus (keksitty)");
  await page.goBack();
  await expect(page.locator("#legend h2")).toHaveText("Säännölliset tapaamiset");
});

test("a malformed edition's metadata gets a message that names the field, and the map stays", async ({
  page,
}) => {
  const meta = JSON.parse(fixture("testikysely-2099.meta.json"));
  delete meta.metrics[0].text.sv;
  await withTestEdition(page, JSON.stringify(meta));
  await page.goto("./?lang=sv");
  await mapReady(page);
  await page.getByLabel("Enkätens upplaga").selectOption("testikysely-2099");
  await expectNotice(
    page,
    "Enkätupplagan kunde inte laddas: data/survey/testikysely-2099.meta.json metrics[0].text.sv: missing or empty text",
  );
  await expect(page.locator("#legend h2")).toHaveText("Regelbundna möten");
  await expect(page.getByLabel("Enkätens upplaga")).toHaveValue("kuntaliitto-2026");
});
