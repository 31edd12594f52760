// Each real published file of tests/fixtures/real (see its SOURCES.md) imported through the real UI.
import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures.ts";
import { dropFile, expectNotice, expectSeen, mapReady } from "./helpers.ts";

const real = (name: string) => readFileSync(new URL(`../fixtures/real/${name}`, import.meta.url));

/** Numbers as the interface writes them, thousands separated by a (narrow) no-break space. */
const n = (text: string) => new RegExp(`^${text.replace(/ /g, "[\\s\\u00a0\\u202f]")}$`);

async function importReal(page: Page, name: string, lang = "fi") {
  await page.goto(`./?lang=${lang}`);
  await mapReady(page);
  await dropFile(page, name, real(name));
}

async function tableValue(page: Page, code: string, column: number) {
  await page.getByRole("button", { name: /^(Taulukko|Table|Tabell)$/ }).click();
  return page.locator(`#table-view tbody tr[data-code="${code}"] td`).nth(column);
}

test("a PxWeb long table (title line, “091 Helsinki”, Tiedot dimension, a merged municipality) shows by municipality and by county", async ({
  page,
}) => {
  await importReal(page, "statfi-12x4-kuntavaalit-2021.csv");
  const status = page.locator("#status");
  await expect(status).toContainText("Luettu: aluesarake ”Vaalipiiri ja kunta”, kunnat (29/308)");
  await expectSeen(status);
  await expect(status).toContainText(
    "Sittemmin yhdistyneiden kuntien rivit liitettiin nykyiseen kuntaan: 1 (rivit 33",
  );
  await expect(page.locator("#legend h2")).toHaveText("Äänestäneitä miehiä – Äänestäneet");
  await expect(page.getByLabel("Mittari").locator("option")).toHaveCount(4);
  // By municipality: Helsinki's men who voted, as published.
  await expect(await tableValue(page, "091", 0)).toHaveText(n("150 561"));
  await expect(page.locator("#table-view tbody tr")).toHaveCount(308);
  // Aggregated to counties: Vantaa-Kerava = Vantaa + Kerava.
  await page.locator("#level-select").selectOption("county");
  await expect(page).toHaveURL(/level=county/);
  await expect(page.locator("#table-view tbody tr")).toHaveCount(22);
  await expect(page.locator('#table-view tbody tr[data-code="04"] td').nth(0)).toHaveText(
    n("50 661"),
  );
  await expect(page.locator("#legend")).toContainText(
    "Laskettu kuntien tiedoista (summa; väestö 31.12.2024)",
  );
  // The turnout is a rate: a population-weighted mean, which the user may change to a sum.
  await page
    .getByLabel("Mittari")
    .selectOption({ label: "Äänestäneitä miehiä – Äänestysprosentti" });
  await expect(page.locator("#rule-select")).toHaveValue("mean");
  await expect(page.locator('#table-view tbody tr[data-code="04"] td').nth(2)).toHaveText("47,0");
  await page.locator("#rule-select").selectOption("sum");
  await expect(page).toHaveURL(/rule=c3%3Asum/);
  await expect(page.locator('#table-view tbody tr[data-code="04"] td').nth(2)).toHaveText("97,3");
});

test("a PxWeb table with years as rows keeps the year as a period, and Honkajoki (099, merged) is added to Kankaanpää", async ({
  page,
}) => {
  await importReal(page, "statfi-aanioikeutetut-2021.csv");
  await expectNotice(page, "kunnat (42/308), ajanjaksot 2021–2021 (1)");
  await expect(await tableValue(page, "214", 0)).toHaveText(n("10 545"));
  await page.locator("#level-select").selectOption("employmentArea");
  // Kerava-Sipoo crosses a county border: the crossings panel gives each county part's value.
  await page.getByRole("button", { name: "Rajat ylittävät" }).click();
  const keravaSipoo = page.locator(".crossing-list > li").filter({ hasText: "Kerava-Sipoo" });
  await expect(keravaSipoo).toContainText(
    /Äänioikeutetut: 29\s790 \(1\/1 kunnasta, 100\s%\sväestöstä\)/,
  );
  await expect(keravaSipoo).toContainText(
    /Äänioikeutetut: 17\s214 \(1\/1 kunnasta, 100\s%\sväestöstä\)/,
  );
});

test("a PxWeb wide table (years in the headers, Helsinki's districts) offers its 25 years, latest first", async ({
  page,
}) => {
  await importReal(page, "statfi-tulot-helsinki-alueittain.csv");
  await expectNotice(page, "Kuntaa pienemmät alueet jätettiin pois: 8");
  const period = page.locator("#period-select");
  await expect(period.locator("option")).toHaveCount(25);
  await expect(period).toHaveValue("2017");
  await expect(await tableValue(page, "091", 0)).toHaveText(n("30 972"));
  await period.selectOption("1993");
  await expect(page).toHaveURL(/period=1993/);
  await expect(page.locator('#table-view tbody tr[data-code="091"] td').nth(0)).toHaveText(
    n("14 424"),
  );
  // The period survives a reload (the file is kept on this device).
  await page.reload();
  await mapReady(page);
  await expect(page.locator("#period-select")).toHaveValue("1993");
});

test("the same wide table saved by Excel as Unicode text (UTF-16) reads the same", async ({
  page,
}) => {
  await importReal(page, "statfi-tulot-helsinki-alueittain-utf16.txt");
  await expectNotice(page, "merkistö utf-16le");
  await expect(await tableValue(page, "091", 0)).toHaveText(n("30 972"));
});

test("a PxWeb file in Windows-1252 reads its ä and ö right", async ({ page }) => {
  await importReal(page, "statfi-12xf-ehdokkaat-2021-windows-1252.csv");
  await expectNotice(page, "merkistö windows-1252");
  // The constant Tiedot column says what every figure is: the number of candidates.
  await expect(page.getByLabel("Mittari").locator("option").first()).toHaveText(
    "Yhteensä – Ehdokkaiden lukumäärä",
  );
  await expect(await tableValue(page, "989", 0)).toHaveText("79");
  await expect(page.locator('#table-view tbody tr[data-code="992"]')).toContainText("Äänekoski");
});

test("an Excel workbook (.xlsx) is read with its numbers", async ({ page }) => {
  await importReal(page, "statfi-aanioikeutetut-2021.xlsx");
  await expectNotice(page, "merkistö xlsx");
  await expect(await tableValue(page, "091", 0)).toHaveText(n("542 830"));
});

test("a municipal table by name only, Åland's municipalities included, with a constant dimension", async ({
  page,
}) => {
  await importReal(page, "sukupuolijakauma-kunnittain.csv");
  await expectNotice(page, "kunnat (40/308)");
  await expect(await tableValue(page, "478", 0)).toHaveText(n("11 742"));
  await expect(page.locator('#table-view tbody tr[data-code="599"] td').nth(0)).toHaveText(
    n("11 172"),
  );
});

test("the Kuntaliitto survey table as published: title lines, tabs, the all-respondents row as the reference", async ({
  page,
}) => {
  await importReal(page, "kuntaliitto-yhdyspintakysely-2-3-2026.tsv", "en");
  await expectNotice(page, "counties (22/22)");
  await expectNotice(page, "Total rows set aside: 2");
  await expect(page.locator('.county-label[data-code="11"] .label-value')).toHaveText("3.5");
  await expect(page.locator("#legend")).toContainText("Whole country (from the file): 3.0");
});

test("a table of county ids and codes only says it has no values, and shows the survey as before", async ({
  page,
}) => {
  await importReal(page, "sotkanet-hyvinvointialueet.csv");
  await expect(page.locator("#import-issues li")).toHaveText([
    "Tiedostossa ei ole yhtään numerosaraketta.",
  ]);
  await expectSeen(page.locator("#import-issues li"));
  await expect(page.locator("#legend h2")).toHaveText("Säännölliset tapaamiset");
});

test("a table without regions says which regions the map can take", async ({ page }) => {
  await importReal(page, "statfi-128c-tulokymmenykset-2023.csv", "sv");
  await expect(page.locator("#import-issues li")).toContainText(
    "Ingen kolumn namnger kommuner, välfärdsområden, sysselsättningsområden eller landskap.",
  );
  await expectSeen(page.locator("#import-issues li").first());
});

test("presenter mode steps through an imported table's years", async ({ page }) => {
  await importReal(page, "statfi-tulot-helsinki-alueittain.csv");
  await expect(page.locator("#period-select")).toHaveValue("2017");
  // The notice comes once the file is stored on this device.
  await expectNotice(page, "Luettu:");
  await page.goto("./?data=local&present=1");
  await mapReady(page);
  // 25 years of the map, then the ranked chart of the latest.
  await expect(page.locator("#slide-position")).toContainText("25/26");
  await page.keyboard.press("ArrowLeft");
  await expect(page).toHaveURL(/period=2016/);
  await expect(page.locator("#slide-position")).toContainText("24/26");
  await page.keyboard.press("Home");
  await expect(page).toHaveURL(/period=1993/);
});
