// The level by evidence, and every Finnish region type known by name: refused by name, or put on counties.
import { describe, expect, it } from "vitest";
import { shownLevels } from "../../../src/data/importedDataset.ts";
import { detectDelimiter } from "../../../src/import/delimiter.ts";
import { gazetteerOf } from "../../../src/import/gazetteer.ts";
import { importBytes, textRows } from "../../../src/import/importFile.ts";
import { readTable } from "../../../src/import/readTable.ts";
import { realAtlas, realRegionTypes } from "../app/fixtures.ts";
import { datasetOf } from "../app/importedFixtures.ts";

const atlas = realAtlas();
const gazetteer = gazetteerOf(atlas, realRegionTypes());
const run = (text: string) =>
  readTable(
    textRows(text, detectDelimiter(text)),
    { name: "t.csv", encoding: "utf-8", delimiter: ";" },
    gazetteer,
  );
const table = (text: string) => {
  const r = run(text);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.table;
};
const lines = (rows: string[]) => rows.join("\n");

/** THL's short names of the 21 hospital districts (2020), each with its number of cases. */
const districts = [
  ["Ahvenanmaa", 10],
  ["Varsinais-Suomi", 185],
  ["Satakunta", 42],
  ["Kanta-Häme", 59],
  ["Pirkanmaa", 181],
  ["Päijät-Häme", 53],
  ["Kymenlaakso", 20],
  ["Etelä-Karjala", 12],
  ["Etelä-Savo", 9],
  ["Itä-Savo", 4],
  ["Pohjois-Karjala", 11],
  ["Pohjois-Savo", 40],
  ["Keski-Suomi", 38],
  ["Etelä-Pohjanmaa", 30],
  ["Vaasa", 25],
  ["Keski-Pohjanmaa", 7],
  ["Pohjois-Pohjanmaa", 80],
  ["Kainuu", 6],
  ["Länsi-Pohja", 13],
  ["Lappi", 17],
  ["HUS", 1800],
] as const;

describe("hospital districts", () => {
  const t = table(
    lines(["Sairaanhoitopiiri;Tartunnat", ...districts.map(([n, v]) => `${n};${v}`)]),
  );
  it("are read as hospital districts, not as the counties whose names most of them share", () => {
    expect(t.source?.type).toBe("hospitalDistrict");
    expect(t.level).toBe("county");
    expect(t.codes).toHaveLength(21);
    expect(shownLevels(t)).toContain("county");
  });
  it("are put on the counties they lie whole within, two districts making Lapland", () => {
    const d = datasetOf(t, atlas);
    expect(d.value("21", "c1")).toBe(13 + 17);
    expect(d.value("20", "c1")).toBe(6);
    expect(d.imported?.provenance("21", "c1")).toMatchObject({
      kind: "aggregate",
      of: "hospitalDistrict",
      count: 2,
      total: 2,
    });
  });
  it("leave HUS's five counties without a value and say why, and every county a district reaches into from beyond", () => {
    const d = datasetOf(t, atlas);
    for (const county of ["01", "02", "03", "04", "90"]) {
      expect(d.value(county, "c1")).toBeNull();
      const p = d.imported?.provenance(county, "c1");
      expect(p).toMatchObject({ kind: "aggregate", count: 0 });
      expect(p?.kind === "aggregate" && p.spanning.map((s) => s.code)).toContain("25");
    }
    // Etelä-Savo county: Itä-Savo lies within it, but the Etelä-Savo district also reaches into Pohjois-Savo
    // (Joroinen): the county would be short by an unknown share, so it has no value, and says why.
    expect(d.value("12", "c1")).toBeNull();
    expect(d.imported?.provenance("12", "c1")).toMatchObject({
      parts: [{ code: "11" }],
      spanning: [{ code: "10" }],
    });
    // The counties that are whole districts, and only they, have values.
    const valued = d.codes.filter((c) => d.value(c, "c1") !== null);
    expect(valued).toEqual(["06", "07", "10", "11", "14", "16", "20", "21"]);
  });
});

describe("the level by evidence", () => {
  it("builds today's regions from municipal rows, setting aside a few regions' rows of another level", () => {
    const municipalities = atlas.municipalities.slice(0, 40);
    const t = table(
      lines([
        "Alue;Arvo",
        "MK01 Uusimaa;100",
        "MK02 Varsinais-Suomi;50",
        "MK04 Satakunta;20",
        ...municipalities.map((m, i) => `KU${m.code} ${m.name.fi};${i}`),
      ]),
    );
    expect(t.level).toBe("municipality");
    expect(t.notes.find((n) => n.kind === "otherLevel")).toMatchObject({
      level: "maakunta",
      count: 3,
    });
  });
  it("reads a code and a name that disagree by the name, and says so", () => {
    const t = table(
      lines([
        "Alue;Arvo",
        "HVA06 Kanta-Hämeen hyvinvointialue;7",
        "HVA08 Pirkanmaan hyvinvointialue;8",
        "HVA20 Kainuun hyvinvointialue;20",
      ]),
    );
    expect(t.level).toBe("county");
    expect(datasetOf(t, atlas).value("07", "c1")).toBe(7);
    expect(datasetOf(t, atlas).value("06", "c1")).toBeNull();
    expect(t.notes.find((n) => n.kind === "codeNameConflict")).toMatchObject({
      count: 1,
      rows: [2],
    });
  });
  it("reads municipality codes written without their zeros in a municipal column", () => {
    const t = table(lines(["kunta;arvo", "5;1", "9;2", "10;3", "91;4", "837;5"]));
    expect(t.level).toBe("municipality");
    expect(t.codes).toEqual(["005", "009", "010", "091", "837"]);
  });
});

describe("region types the map does not draw", () => {
  it("refuses postal code areas, police departments and electoral districts by name", () => {
    const refused = (text: string) => {
      const r = run(text);
      return r.ok ? null : r.issues[0];
    };
    expect(
      refused(
        "Postinumeroalue;Asukkaat\n00100 Helsinki keskusta;18000\n00120 Punavuori;7000\n00130 Kaartinkaupunki;1500\n",
      ),
    ).toMatchObject({ code: "unsupportedType", type: "postalCode" });
    expect(
      refused(
        "Poliisilaitos;Rikokset\nHelsingin poliisilaitos;1\nItä-Uudenmaan poliisilaitos;2\nLapin poliisilaitos;3\n",
      ),
    ).toMatchObject({ code: "unsupportedType", type: "policeDepartment" });
    expect(
      refused(
        "Alue;Äänet\nHelsingin vaalipiiri;1\nUudenmaan vaalipiiri;2\nLapin vaalipiiri;3\nVaasan vaalipiiri;4\n",
      ),
    ).toMatchObject({ code: "unsupportedType", type: "vaalipiiri" });
  });
  it("puts sub-regions on regions (maakunnat) and counties, where they lie whole within", () => {
    const t = table(
      lines([
        "Alue;Arvo",
        "SK192 Kemi-Tornio;5",
        "SK193 Torniolaakso;6",
        "SK194 Itä-Lappi;7",
        "SK191 Rovaniemi;8",
      ]),
    );
    expect(t.source?.type).toBe("subRegion");
    expect(shownLevels(t)).toEqual(["county", "maakunta"]);
  });
  it("maps Sotkanet's numeric county ids, and names the ids it cannot map", async () => {
    const records = JSON.stringify([
      { region: "974", indicator: "127", "primary value": "248000", gender: "total", year: "2023" },
      { region: "960", indicator: "127", "primary value": "674000", gender: "total", year: "2023" },
      { region: "20", indicator: "127", "primary value": "305000", gender: "total", year: "2023" },
    ]);
    const r = await importBytes(new TextEncoder().encode(records), "s.json", gazetteer);
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(r.table.level).toBe("county");
    expect(datasetOf(r.table, atlas).value("13", "c1")).toBe(248000);
    expect(r.table.notes.find((n) => n.kind === "unknown")).toMatchObject({
      count: 1,
      examples: ["20"],
    });
    const none = await importBytes(
      new TextEncoder().encode(
        JSON.stringify([{ region: "46", indicator: "1", "primary value": "1" }]),
      ),
      "s.json",
      gazetteer,
    );
    expect(none.ok ? null : none.issues).toEqual([{ code: "sotkanetIds" }]);
  });
});
