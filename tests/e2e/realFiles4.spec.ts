// Real Kela and THL files, a classification and an attribute table (tests/fixtures/real/SOURCES.md, part 2).
import { expect, test } from "./fixtures.ts";
import { cell, importReal, issues, level, metric, n, shown } from "./realHelpers.ts";

test("Kela's recipients by benefit and variable: two pickers, the total recipients by default, the benefits never added", async ({
  page,
}) => {
  await importReal(page, "kela-saajat-etuus-variable-maakunnat-2021-01-excerpt.csv");
  await shown(page, "maakunnat (18/19)");
  const benefit = page.locator("#dimension-fields select").nth(0);
  const variable = page.locator("#dimension-fields select").nth(1);
  await expect(benefit).toHaveValue("Työttömyysturva");
  await expect(variable).toHaveValue("kaikki saajat");
  await expect(await cell(page, "01", "saajat")).toHaveText(n("82 102"));
  await expect(await cell(page, "19", "saajat")).toHaveText(n("6 455"));
  await expect(await cell(page, "18", "saajat")).toHaveText(n("2 542"));
  await expect(await cell(page, "01", "ero_vuosi_pros")).toHaveText("26,9");
  await benefit.selectOption("Sairauspäiväraha");
  await expect(page).toHaveURL(/dim=d1%3ASairausp%C3%A4iv%C3%A4raha/);
  await expect(await cell(page, "01", "saajat")).toHaveText(n("12 563"));
  // The choice survives a reload: the URL keeps it.
  await page.reload();
  await expect(page.locator("#dimension-fields select").nth(0)).toHaveValue("Sairauspäiväraha");
  // Trap: every Uusimaa row added across benefits and variables (180 494).
  await expect(page.locator("#table-view")).not.toContainText(/180[\s\u00a0\u202f]494/);
  await metric(page, "ero_vuosi_pros");
  await expect(page.locator("#legend")).not.toContainText("summa");
});

test("Kela's whole-country table by age group is refused: no regions", async ({ page }) => {
  await importReal(page, "kela-saajat-etuus-ikaluokka-koko-suomi-2021-01.csv");
  await expect(issues(page)).toContainText(["Mikään sarake ei nimeä kuntia"]);
});

test("Kela's monthly recipients with year, month and an ISO date: one period each month", async ({
  page,
}) => {
  await importReal(
    page,
    "kela-sairauspaivaraha-saajat-maakunnat-kuukausi-iso-pvm-2019-excerpt.csv",
  );
  await shown(page, "ajanjaksot 2019M01–2019M04 (4)");
  await expect(page.locator("#metric-select option")).toHaveCount(1);
  const uusimaa = await cell(page, "01", "saajat_kaikki");
  await expect(uusimaa).toHaveText(n("14 463"));
  await page.locator("#period-select").selectOption("2019M01");
  await expect(uusimaa).toHaveText(n("14 389"));
  await expect(await cell(page, "19", "saajat_kaikki")).toHaveText(n("2 386"));
  // Trap: the months added for Uusimaa (54 301).
  await expect(page.locator("#table-view")).not.toContainText(/54[\s\u00a0\u202f]301/);
});

for (const [file, aikaisempi, myohempi, change] of [
  ["kela-tartuntatautipaivaraha-muutos-maakunnat-2021-01.csv", "3 391", "3 727", "9,9"],
  ["kela-tartuntatautipaivaraha-muutos-maakunnat-viikko-44-2020.csv", "737", "999", "35,5"],
] as const)
  test(`Kela's change in recipients (${file.includes("viikko") ? "week 44" : "January"}): a change in % is a rate, never summed`, async ({
    page,
  }) => {
    await importReal(page, file);
    await shown(page, "maakunnat (18/19)");
    await expect(await cell(page, "01", "aikaisempi")).toHaveText(n(aikaisempi));
    await expect(await cell(page, "01", "myohempi")).toHaveText(n(myohempi));
    await expect(await cell(page, "01", "muutos (%)")).toHaveText(change);
    // Trap: the changes summed (476,6 % or 1 711,7 %) are no figure shown.
    await metric(page, "muutos (%)");
    await expect(page.locator("#table-view")).not.toContainText(/476,6|1[\s\u00a0\u202f]711,7/);
  });

test("a municipal table with 75 classification columns: they are attributes, the unpadded kunta key no value", async ({
  page,
}) => {
  await importReal(
    page,
    "geofi-kuntaluokitukset-attribuutit-pienituloisuus-mokit-2022-excerpt.csv",
  );
  await shown(page, "kunnat (11/308)");
  await expect(page.locator("#status")).toContainText("näytetään alueen tietoina eikä mittareina");
  await expect(page.locator("#metric-select option")).toHaveCount(3);
  await expect(await cell(page, "020", "mokit_lkm")).toHaveText("812");
  await expect(await cell(page, "020", "pienituloisuusaste")).toHaveText("11,7");
  await expect(await cell(page, "992", "mokit_lkm")).toHaveText(n("2 510"));
  await expect(page.locator('#table-view tbody tr[data-code="020"] th')).toContainText(
    "kuntaryhmitys_name_fi:",
  );
  await level(page, "county");
  // Etelä-Pohjanmaa: three of its 18 municipalities in the excerpt, their cottages added; Kainuu has none.
  await metric(page, "mokit_lkm");
  await expect(await cell(page, "16", "mokit_lkm")).toHaveText(n("4 617"));
  await expect(await cell(page, "20", "mokit_lkm")).toHaveText("–");
});

test("a classification table (municipality → region) has no values to show, and says so", async ({
  page,
}) => {
  await importReal(page, "statfi-luokitus-kunta-maakunta-2023-windows1252-otsake.csv");
  await expect(issues(page)).toHaveText(["Tiedostossa ei ole yhtään numerosaraketta."]);
});

test("hospital districts with map coordinates: coordinates are no values to shade by", async ({
  page,
}) => {
  await importReal(page, "shp-sairaanhoitopiirit-lyhenteet-koordinaatit.csv");
  await expect(issues(page)).toHaveText(["Tiedostossa ei ole yhtään numerosaraketta."]);
  await expect(page.locator("#legend h2")).toHaveText("Säännölliset tapaamiset");
});

test("Sotkanet's API answer with its own numeric region ids: refused with the reason, never id 20 read as Kainuu", async ({
  page,
}) => {
  await importReal(page, "sotkanet-127-vaesto-2009-kaikki-aluetasot-oskari.json");
  await expect(issues(page)).toContainText(["THL:n Sotkanetin numerotunnuksina"]);
  await expect(page.locator("#legend h2")).toHaveText("Säännölliset tapaamiset");
});
