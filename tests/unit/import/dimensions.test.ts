// Tables as statistics services model them: dimensions with their totals, measure dimensions, attributes.
import { describe, expect, it } from "vitest";
import { cellLine, tableCell } from "../../../src/data/importedTable.ts";
import { detectDelimiter } from "../../../src/import/delimiter.ts";
import { gazetteerOf } from "../../../src/import/gazetteer.ts";
import { textRows } from "../../../src/import/importFile.ts";
import { readTable } from "../../../src/import/readTable.ts";
import { isTotalCategory, totalCategory } from "../../../src/import/totals.ts";
import { realAtlas, realRegionTypes } from "../app/fixtures.ts";
import { datasetOf } from "../app/importedFixtures.ts";

const atlas = realAtlas();
const gazetteer = gazetteerOf(atlas, realRegionTypes());
const table = (text: string) => {
  const r = readTable(
    textRows(text, detectDelimiter(text)),
    { name: "t.csv", encoding: "utf-8", delimiter: ";" },
    gazetteer,
  );
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.table;
};

describe("total categories", () => {
  it("knows the totals statistics services write, and a metadata's elimination value first", () => {
    for (const t of [
      "Yhteensä",
      "Kaikki",
      "Total",
      "Totalt",
      "SSS",
      "Sukupuolet yhteensä",
      "Kaikki ikäluokat",
      "Both sexes",
    ])
      expect(isTotalCategory(t), t).toBe(true);
    for (const t of ["Miehet", "0 - 14", "Naiset", "Kaikki saajat yli 65"])
      expect(isTotalCategory(t), t).toBe(t.startsWith("Kaikki"));
    expect(totalCategory(["Miehet", "Naiset"])).toBeNull();
    expect(totalCategory(["Ikäluokat yhteensä", "0", "1"], "1")).toBe(2);
  });
});

describe("dimensions", () => {
  const ages = [
    "Alue;Ikä;Väestö 31.12.",
    "214 Kankaanpää;Yhteensä;11000",
    "214 Kankaanpää;0;100",
    "214 Kankaanpää;1;110",
    "099 Honkajoki -21;Yhteensä;1600",
    "099 Honkajoki -21;0;10",
    "099 Honkajoki -21;1;12",
    "609 Pori;Yhteensä;83000",
    "609 Pori;0;700",
    "609 Pori;1;650",
  ].join("\n");
  it("reads a column varying within a region as a dimension with a picker, its total shown by default, never a metric", () => {
    const t = table(ages);
    expect(t.metrics.map((m) => m.label)).toEqual(["Väestö 31.12."]);
    expect(t.dimensions).toEqual([
      { id: "d1", name: "Ikä", categories: ["Yhteensä", "0", "1"], total: 0, meanCategories: [] },
    ]);
    expect(datasetOf(t, atlas).value("609", "c1")).toBe(83000);
    expect(datasetOf(t, atlas, { dims: { d1: "1" } }).value("609", "c1")).toBe(650);
  });
  it("joins a merged municipality to its successor within each category, never across them", () => {
    const t = table(ages);
    // Kankaanpää + Honkajoki, the total with the total (12 600), age 0 with age 0; never 14 526-like sums of all rows.
    expect(datasetOf(t, atlas).value("214", "c1")).toBe(11000 + 1600);
    expect(datasetOf(t, atlas, { dims: { d1: "0" } }).value("214", "c1")).toBe(110);
    const county = datasetOf(t, atlas, { level: "county" });
    expect(county.value("06", "c1")).toBe(11000 + 1600 + 83000);
    expect(county.imported?.provenance("06", "c1")).toMatchObject({
      kind: "aggregate",
      rule: "sum",
      count: 2,
    });
  });
  it("names a figure by its chosen categories, a total going without saying", () => {
    const t = table(ages);
    expect(datasetOf(t, atlas).metrics[0]?.label.fi).toBe("Väestö 31.12.");
    expect(datasetOf(t, atlas, { dims: { d1: "0" } }).metrics[0]?.label.fi).toBe(
      "Väestö 31.12. – 0",
    );
  });
  it("reads a measure dimension (Tiedot) as metrics, and a share among its categories as a mean", () => {
    const t = table(
      "Alue;Tiedot;Arvo\nVantaa-Kerava;Työttömät;5000\nVantaa-Kerava;Työttömyysaste, %;11,2\nLappi;Työttömät;8000\nLappi;Työttömyysaste, %;10,4\n",
    );
    expect(t.dimensions).toEqual([]);
    expect(t.metrics.map((m) => [m.label, m.rule])).toEqual([
      ["Työttömät", "sum"],
      ["Työttömyysaste, %", "mean"],
    ]);
  });
  it("treats a share category of a dimension as a mean and leaves a merged municipality's share empty, never added", () => {
    const t = table(
      [
        "Kunta;Luku;Arvo",
        "Kankaanpää;Määrä;500",
        "Kankaanpää;Osuus väestöstä, %;83,5",
        "Honkajoki;Määrä;100",
        "Honkajoki;Osuus väestöstä, %;77,5",
        "Pori;Määrä;4000",
        "Pori;Osuus väestöstä, %;60,1",
      ].join("\n"),
    );
    expect(t.dimensions[0]?.meanCategories).toEqual([1]);
    const share = datasetOf(t, atlas, { dims: { d1: "Osuus väestöstä, %" } });
    expect(share.value("214", "c1")).toBeNull();
    expect(share.imported?.provenance("214", "c1")).toMatchObject({ kind: "mergedMean" });
    expect(datasetOf(t, atlas).value("214", "c1")).toBe(600);
    const county = datasetOf(t, atlas, { dims: { d1: "Osuus väestöstä, %" }, level: "county" });
    expect(county.imported?.rule("c1")).toBe("mean");
    expect(county.value("06", "c1")).toBeCloseTo(60.1, 10);
  });
  it("shows an attribute (one value per region) with the region, never as a metric", () => {
    const t = table(
      "Kunta;Maakunta;Kielet;Väkiluku\nHelsinki;Uusimaa;kaksikielinen;664028\nEspoo;Uusimaa;kaksikielinen;320931\nKajaani;Kainuu;suomenkielinen;36300\n",
    );
    expect(t.metrics.map((m) => m.label)).toEqual(["Väkiluku"]);
    expect(t.attributes.map((a) => a.name)).toEqual(["Maakunta", "Kielet"]);
    expect(datasetOf(t, atlas).imported?.attributes("205")).toEqual([
      { name: "Maakunta", value: "Kainuu" },
      { name: "Kielet", value: "suomenkielinen" },
    ]);
  });
  it("never takes a merged municipality's own attributes (its centre, its name) for a dimension of its successor", () => {
    const t = table(
      "Kunta;Kuntakeskus;Väkiluku\nKankaanpää;Kankaanpään keskusta;10545\nHonkajoki;Honkajoen kirkonkylä;1700\nPori;Porin keskusta;83000\n",
    );
    expect(t.dimensions).toEqual([]);
    expect(t.attributes.map((a) => a.name)).toEqual(["Kuntakeskus"]);
    expect(datasetOf(t, atlas).value("214", "c1")).toBe(10545 + 1700);
  });
  it("keeps the line of every value", () => {
    const t = table(ages);
    expect(tableCell(t, "c1", "", "609", 2)).toBe(650);
    expect(cellLine(t, "c1", "", "609", 2)).toBe(10);
  });
});
