// Real Statistics Finland and analysts' tables (tests/fixtures/real/SOURCES.md, part 2) imported through the UI.
import { expect, test } from "./fixtures.ts";
import { cell, countyDetails, importReal, issues, level, metric, n, shown } from "./realHelpers.ts";

test("municipalities of the 2020 division by name: Honkajoki and Pertunmaa joined to today's, each once", async ({
  page,
}) => {
  await importReal(page, "tyovoima-tyolliset-tyottomat-kunnat-2020-div-iso-8859-1.csv");
  await shown(page, "merkistö windows-1252");
  await expect(page.locator("#status")).toContainText("yhdistyneiden kuntien rivit");
  await expect(await cell(page, "214", "tyovoima")).toHaveText(n("5 657"));
  await expect(await cell(page, "214", "tyottomat")).toHaveText("635");
  await expect(await cell(page, "507", "tyovoima")).toHaveText(n("2 934"));
  await expect(await cell(page, "091", "tyovoima")).toHaveText(n("347 412"));
  await level(page, "county");
  // Satakunta with Honkajoki once: 96 938 (96 225 without it).
  await expect(await cell(page, "06", "tyovoima")).toHaveText(n("96 938"));
  await expect(await cell(page, "10", "tyovoima")).toHaveText(n("73 340"));
});

test("free-time residences by municipality and year: the whole-country row is the reference, never a region", async ({
  page,
}) => {
  await importReal(page, "kesamokit-kunnat-1970-2022-excerpt.csv");
  await shown(page, "kunnat (36/308)");
  await expect(await cell(page, "020", "Kesämökkejä (lkm)")).toHaveText("812");
  await expect(await cell(page, "005", "Kesämökkejä (lkm)")).toHaveText(n("1 298"));
  await expect(await cell(page, "091", "Kesämökkejä (lkm)")).toHaveText("417");
  await expect(page.locator("#legend")).toContainText(
    /Koko maa \(tiedostosta\): 509[\s\u00a0\u202f]652/,
  );
  await page.locator("#period-select").selectOption("1970");
  await expect(await cell(page, "091", "Kesämökkejä (lkm)")).toHaveText(n("2 132"));
});

test("low income by municipality: counts sum, rates are weighted means, a count defined by a share stays a count", async ({
  page,
}) => {
  await importReal(page, "pienituloisuus-kunnat-1995-2022-excerpt.csv");
  await shown(page, "kunnat (3/308)");
  await expect(await cell(page, "020", "Asuntoväestö, henkilöä")).toHaveText(n("16 110"));
  await expect(await cell(page, "020", "Pienituloisten henkilöiden lukumäärä")).toHaveText(
    n("1 881"),
  );
  await expect(await cell(page, "020", "Asuntoväestön pienituloisuusaste")).toHaveText("11,7");
  await metric(page, "Asuntoväestön pienituloisuusaste");
  await level(page, "county");
  await expect(page.locator("#rule-select")).toHaveValue("mean");
  await metric(page, "Pienituloisten henkilöiden lukumäärä");
  await expect(page.locator("#rule-select")).toHaveValue("sum");
});

test("a table of wellbeing services counties and a sub-region (HVA, SK rows): the sub-region Helsinki is never the city", async ({
  page,
}) => {
  await importReal(page, "pienituloisuus-hva-sk-1995-2022-excerpt.csv");
  await shown(page, "hyvinvointialueet (5/22)");
  await expect(page.locator("#status")).toContainText("Toisen aluetyypin rivit (seutukunnat)");
  await expect(await cell(page, "90", "Asuntoväestö, henkilöä")).toHaveText(n("644 668"));
  await expect(await cell(page, "90", "Asuntoväestön pienituloisuusaste")).toHaveText("12,7");
  await expect(await cell(page, "20", "Asuntoväestön pienituloisuusaste")).toHaveText("15,2");
  // Trap: SK011 Helsinki (1 577 094) shown for Helsinki.
  await expect(page.locator("#table-view")).not.toContainText(
    /1[\s\u00a0\u202f]577[\s\u00a0\u202f]094/,
  );
});

test("regions as the columns of a table (Helsinki's in-migration): read turned, the Yhteensä column set aside", async ({
  page,
}) => {
  await importReal(page, "helsinkiin-muuttaneet-maakunnittain-1995-2016.csv");
  await shown(page, "maakunnat (19/19)");
  const metricName = "Helsinkiin muuttaneet maakunnittain 1997-2016";
  await expect(await cell(page, "01", metricName)).toHaveText(n("18 422"));
  await page.locator("#period-select").selectOption("1995");
  await expect(await cell(page, "01", metricName)).toHaveText(n("13 194"));
  await expect(await cell(page, "02", metricName)).toHaveText(n("1 290"));
  // Trap: Yhteensä (25 148) taken for a region or added to the parts (50 296).
  await expect(page.locator("#table-view tbody")).not.toContainText(/25[\s\u00a0\u202f]148/);
});

test("historical provinces (läänit) are refused by name", async ({ page }) => {
  await importReal(page, "helsinkiin-muuttaneet-laaneittain-1917-1994.csv");
  await expect(issues(page)).toContainText(["läänit (vanha aluejako, lakkautettu 2010)"]);
});

test("an analyst's weighted means by region (maakunta): a mean, shown as published", async ({
  page,
}) => {
  await importReal(page, "tuottavuus-painotettu-keskiarvo-maakunnat-2013-2021.csv");
  await shown(page, "maakunnat (19/19)");
  await expect(await cell(page, "01", "weighted.mean(tuottavuus, nobs)")).toHaveText("2,97");
  await expect(await cell(page, "19", "weighted.mean(tuottavuus, nobs)")).toHaveText("2,14");
  await expect(await cell(page, "01", "nobs")).toHaveText(n("145 366"));
  // Trap: the 19 means summed (43,88) are no figure of the table.
  await expect(page.locator("#table-view")).not.toContainText("43,88");
});

test("bankruptcies by industry and region by month: blank cells filled down, industry a picker defaulting to its total", async ({
  page,
}) => {
  await importReal(page, "konkurssit-toimiala-maakunta-kuukausi-2003-excerpt.csv");
  await shown(page, "ajanjaksot 2003M01–2003M02 (2)");
  const industry = page.locator("#dimension-fields select");
  await expect(industry).toHaveValue("Yhteensä");
  await page.locator("#period-select").selectOption("2003M01");
  await expect(await cell(page, "01", "yrityksiä")).toHaveText("63");
  await expect(await cell(page, "01", "työntekijöitä")).toHaveText("304");
  // The whole country's row, not the industries added to it (396).
  await expect(page.locator("#legend")).toContainText("Koko maa (tiedostosta): 198");
  await industry.selectOption("Rakennustoiminta");
  await expect(page).toHaveURL(/dim=d1%3ARakennustoiminta/);
  await expect(page.locator("#legend h2")).toContainText("Rakennustoiminta");
});

test("work-related migration with unpadded municipality codes of 2018: 20 is Akaa, 91 Helsinki, merged ones joined", async ({
  page,
}) => {
  await importReal(page, "tyoperainen-muutto-kunnat-1996-excerpt.csv");
  await shown(page, "kunnat (308/308)");
  await expect(await cell(page, "214", "amuutto_lahto")).toHaveText("478");
  await expect(await cell(page, "541", "amuutto_lahto")).toHaveText("388");
  await expect(await cell(page, "091", "amuutto_lahto")).toHaveText(n("15 092"));
  await expect(await cell(page, "020", "amuutto_lahto")).toHaveText("425");
  await level(page, "county");
  await expect(await cell(page, "06", "amuutto_lahto")).toHaveText(n("6 421"));
  await expect(await cell(page, "16", "amuutto_lahto")).toHaveText(n("5 097"));
});

test("a municipal mean with merged municipalities: Kankaanpää gets no value, never the two means added", async ({
  page,
}) => {
  await importReal(page, "tuottavuus-kunnat-vanhat-koodit-zzz-2013-excerpt.csv");
  await shown(page, "Tuntemattomat alueet jätettiin pois: 4");
  await expect(page.locator("#status")).toContainText("ZZZ");
  await expect(await cell(page, "091", "prod1")).toHaveText("1,67");
  await expect(await cell(page, "214", "prod1")).toHaveText("–");
  await expect(await cell(page, "214", "nobs")).toHaveText(n("3 568"));
  // Trap: the two means added (2,95).
  await expect(page.locator("#table-view")).not.toContainText("2,95");
  const details = await countyDetails(page, "06", "&level=county");
  await expect(details).toContainText("Väestöllä painotettu keskiarvo");
});

test("a whole-country table of 84 variables is refused: no regions", async ({ page }) => {
  await importReal(page, "muuttoliike-koko-maa-tiedot-84-muuttujaa-2006-excerpt.csv");
  await expect(issues(page)).toContainText(["Mikään sarake ei nimeä kuntia"]);
});

test("a table by area type (urban–rural classes) is refused: an area type is no region", async ({
  page,
}) => {
  await importReal(page, "muuttoliike-aluetyypeittain-1996-2015.csv");
  await expect(issues(page)).toContainText(["Mikään sarake ei nimeä kuntia"]);
});
