// Real Helsingin Sanomat and Paavo files (tests/fixtures/real/SOURCES.md, part 2) imported through the UI.
import { expect, test } from "./fixtures.ts";
import { cell, countyDetails, importReal, issues, level, n, shown } from "./realHelpers.ts";

test("HS's tests by hospital district: shown only on counties made of whole districts, Lapland with Länsi-Pohja, HUS's counties without a value and why", async ({
  page,
}) => {
  await importReal(page, "hs-koronatestit-sairaanhoitopiirit-2020.json");
  await shown(page, "sairaanhoitopiirit");
  await expect(page.locator("#status")).toContainText("Usean alueen yli ulottuvia");
  await expect(await cell(page, "21", "tested")).toHaveText(n("1 827"));
  await expect(await cell(page, "20", "tested")).toHaveText("247");
  await expect(await cell(page, "06", "tested")).toHaveText("834");
  await expect(await cell(page, "10", "tested")).toHaveText("946");
  // Traps: Etelä-Savo as the district of its name (616), Pohjois-Savo as its district (1 723).
  await expect(await cell(page, "12", "tested")).toHaveText("–");
  await expect(await cell(page, "13", "tested")).toHaveText("–");
  await expect(page.locator("#legend")).toContainText(
    /Koko maa \(tiedostosta\): 48[\s\u00a0\u202f]858/,
  );
  await expect(page.locator("#legend")).toContainText(
    "Laskettu tiedoston alueista (sairaanhoitopiirit; summa;",
  );
  // The tooltip says how the figure was made.
  await page.locator('.county-label[data-code="21"]').focus();
  await expect(page.locator("#tooltip")).toContainText("Summa: 2/2 sairaanhoitopiiristä (rivit");
  const lapland = await countyDetails(page, "21");
  await expect(lapland).toContainText("Summa: 2/2 sairaanhoitopiiristä");
  const helsinki = await countyDetails(page, "90");
  await expect(helsinki).toContainText("Ei arvoa: Helsingin ja Uudenmaan SHP");
});

test("HS's hospital care by ERVA area (nested JSON, ISO timestamps) is refused by name", async ({
  page,
}) => {
  await importReal(page, "hs-koronasairaalahoito-erva-alueet-2020-03.json");
  await expect(issues(page)).toContainText(["erityisvastuualueet"]);
});

test("HS's seats by home municipality: the mislabelled municipality column is the region, the region column an attribute", async ({
  page,
}) => {
  await importReal(page, "hs-maakuntavaalit-paikat-kotikunnittain-2018-simulaatio.csv");
  await shown(page, "aluesarake ”Puolue”, kunnat");
  await expect(await cell(page, "091", "Paikkoja")).toHaveText("62");
  await expect(await cell(page, "091", "Prosenttiosuus paikoista")).toHaveText("62,63");
  await expect(await cell(page, "214", "Paikkoja")).toHaveText("2");
  // The region column is an attribute, shown with the municipality.
  await expect(page.locator('#table-view tbody tr[data-code="091"] th')).toContainText(
    "Äänestysalue: Uusimaa",
  );
  await level(page, "county");
  // Kainuu on today's borders (Vaala's seats in Pohjois-Pohjanmaa): 57, not the file's 59.
  await expect(await cell(page, "20", "Paikkoja")).toHaveText("57");
  await expect(await cell(page, "19", "Paikkoja")).toHaveText("83");
  await expect(page.locator("#table-view tbody")).not.toContainText(/2[\s\u00a0\u202f]404/);
});

for (const [file, what] of [
  ["paavo-vaestorakenne-postinumeroalueet-2017-en-excerpt.csv", "population"],
  ["paavo-tulot-postinumeroalueet-2014-en-excerpt.csv", "income"],
  ["paavo-rakennukset-asunnot-postinumeroalueet-2015-en-excerpt.csv", "dwellings"],
] as const)
  test(`Paavo's ${what} by postal code area is refused, naming postal code areas`, async ({
    page,
  }) => {
    await importReal(page, file, "en");
    await expect(issues(page)).toContainText(["lists postal code areas"]);
    await expect(page.locator("#legend h2")).not.toBeEmpty();
  });
