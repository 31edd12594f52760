// Real JSON-stat and PC-Axis files (tests/fixtures/real/SOURCES.md, part 2) imported through the UI.
import { expect, test } from "./fixtures.ts";
import { cell, countyDetails, importReal, issues, level, metric, n, shown } from "./realHelpers.ts";

test("a PxWeb API answer in JSON-stat (11re, three cities): KU codes are municipalities, a county of one of ten is partial and says so", async ({
  page,
}) => {
  await importReal(page, "statfin-11re-vaesto-espoo-helsinki-vantaa-2025.json");
  await shown(page, "kunnat (3/308)");
  await expect(page.locator("#status")).toContainText("JSON-stat");
  await expect(await cell(page, "049", "Väestö 31.12.")).toHaveText(n("325 716"));
  await expect(await cell(page, "091", "Väestö 31.12.")).toHaveText(n("694 392"));
  await expect(await cell(page, "092", "Väestö 31.12.")).toHaveText(n("252 956"));
  await level(page, "county");
  await expect(page.locator("#table-view tbody tr")).toHaveCount(22);
  await expect(await cell(page, "90", "Väestö 31.12.")).toHaveText(n("694 392"));
  await expect(await cell(page, "03", "Väestö 31.12.")).toHaveText(n("325 716"));
  // Trap: KU091 read as Åland's county code 91 would put Helsinki nowhere.
  await expect(page.locator('#table-view tbody tr[data-code="91"]')).toHaveCount(0);
  const details = await countyDetails(page, "03", "&level=county");
  await expect(details).toContainText("Summa: 1/10 kunnasta (rivit");
});

test("a JSON-stat series of five years shows one year at a time, the latest first", async ({
  page,
}) => {
  await importReal(page, "statfin-11re-vaesto-helsinki-2021-2025.json");
  await shown(page, "ajanjaksot 2021–2025 (5)");
  await expect(page.locator("#period-select option")).toHaveCount(5);
  const helsinki = await cell(page, "091", "Väestö 31.12.");
  await expect(helsinki).toHaveText(n("694 392"));
  await page.locator("#period-select").selectOption("2021");
  await expect(helsinki).toHaveText(n("658 457"));
  // Trap: the years summed (3 375 399) are never a figure.
  await expect(page.locator("#table-view")).not.toContainText(
    /3[\s\u00a0\u202f]375[\s\u00a0\u202f]399/,
  );
});

test("a JSON-stat table of regions (13al) on the 2018 division: named as such, counts and rates apart, the whole-country row the reference", async ({
  page,
}) => {
  await importReal(page, "statfin-13al-tyovoima-maakunnat-2009-2025.json");
  await shown(page, "maakunnat (19/19)");
  await expect(page.locator("#status")).toContainText("vuoden 2018 aluejaon mukaiset");
  await metric(page, "Työttömät, 1000 henkilöä");
  await expect(await cell(page, "01", "Työttömät, 1000 henkilöä")).toHaveText("105");
  // Åland's unemployed: status "." in the file, no data here, never 0.
  await expect(await cell(page, "21", "Työttömät, 1000 henkilöä")).toHaveText("–");
  await expect(await cell(page, "01", "Työttömyysaste, %")).toHaveText("10,6");
  await expect(await cell(page, "19", "Työlliset, 1000 henkilöä")).toHaveText("78");
  await metric(page, "Väestö, 1000 henkilöä");
  await expect(page.locator("#legend")).toContainText(
    /Koko maa \(tiedostosta\): 4[\s\u00a0\u202f]167/,
  );
  await metric(page, "Työttömyysaste, %");
  await expect(page.locator("#legend")).toContainText("Koko maa (tiedostosta): 9,7");
  await page.locator("#period-select").selectOption("2009");
  await expect(page.locator("#legend")).toContainText("Koko maa (tiedostosta): 8,3");
});

test("a JSON-stat table of the whole country by age group (13aj) is refused: it has no regions", async ({
  page,
}) => {
  await importReal(page, "statfin-13aj-tyovoima-koko-maa-ikaluokat-2009-2025-ei-alueita.json");
  await expect(issues(page)).toContainText(["Mikään sarake ei nimeä kuntia"]);
  await expect(page.locator("#legend h2")).toHaveText("Säännölliset tapaamiset");
});

test("a JSON-stat quarterly index (14um) is refused: no regions, whatever its periods", async ({
  page,
}) => {
  await importReal(
    page,
    "statfin-14um-ansiotasoindeksi-neljannesvuodet-1995q1-2026q2-ei-alueita.json",
    "en",
  );
  await expect(issues(page)).toContainText(["No column names municipalities"]);
});

for (const [file, title] of [
  ["statfin-141f-omakotitalojen-hintaindeksi-2009-2023-ei-alueita-iso-8859-15.px", "ISO-8859-15"],
  [
    "statfin-13m4-rakennuslupien-vuosimuutosten-tarkentuminen-2023m08-2024m07-ei-alueita.px",
    "months",
  ],
  [
    "statfin-jate001-yhdyskuntajatteet-kasittelytavoittain-1997-2018-ei-alueita-cp1252.px",
    "Windows-1252",
  ],
] as const)
  test(`a national PC-Axis file (${title}) is read and refused: it has no regions`, async ({
    page,
  }) => {
    await importReal(page, file, "sv");
    await expect(issues(page)).toContainText(["Ingen kolumn namnger kommuner"]);
    await expect(page.locator("#legend h2")).not.toBeEmpty();
  });
