import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type ImportedTable, tableCell, tableNational } from "../../../src/data/importedTable.ts";
import { decodeBytes } from "../../../src/import/decode.ts";
import { detectDelimiter } from "../../../src/import/delimiter.ts";
import { gazetteerOf } from "../../../src/import/gazetteer.ts";
import { importBytes, textRows } from "../../../src/import/importFile.ts";
import { findLayout } from "../../../src/import/layout.ts";
import { parseNumber } from "../../../src/import/numbers.ts";
import { parsePeriod, periodInHeader } from "../../../src/import/periods.ts";
import { type ReadOptions, readTable } from "../../../src/import/readTable.ts";
import { cellReader } from "../../../src/import/regionCells.ts";
import { editDistance, nearest } from "../../../src/import/suggest.ts";
import { realAtlas, realRegionTypes } from "../app/fixtures.ts";
import { datasetOf } from "../app/importedFixtures.ts";

const atlas = realAtlas();
const gazetteer = gazetteerOf(atlas, realRegionTypes());
const read = cellReader(gazetteer);
const run = (text: string, options: ReadOptions = {}) =>
  readTable(
    textRows(text, detectDelimiter(text)),
    { name: "t.csv", encoding: "utf-8", delimiter: ";" },
    gazetteer,
    options,
  );
const table = (text: string, options: ReadOptions = {}): ImportedTable => {
  const r = run(text, options);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.table;
};
const issues = (text: string, options: ReadOptions = {}) => {
  const r = run(text, options);
  return r.ok ? [] : r.issues;
};
const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../../fixtures/real/${name}`, import.meta.url)));
const imported = async (name: string) => {
  const r = await importBytes(fixture(name), name, gazetteer);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.table;
};
const le = (s: string) =>
  Uint8Array.from([...s].flatMap((c) => [c.charCodeAt(0) & 255, c.charCodeAt(0) >> 8]));

describe("decodeBytes", () => {
  it("reads UTF-8 and drops its byte-order mark", () => {
    const bytes = new TextEncoder().encode("\ufeffalue;arvo\nPäijät-Häme;1");
    expect(decodeBytes(bytes)).toEqual({
      kind: "text",
      text: "alue;arvo\nPäijät-Häme;1",
      encoding: "utf-8",
    });
  });
  it("reads bytes that are not UTF-8 as Windows-1252, as Finnish Excel writes them", () => {
    const bytes = Uint8Array.from([
      0x50, 0xe4, 0x69, 0x6a, 0xe4, 0x74, 0x2d, 0x48, 0xe4, 0x6d, 0x65,
    ]);
    expect(decodeBytes(bytes)).toEqual({
      kind: "text",
      text: "Päijät-Häme",
      encoding: "windows-1252",
    });
  });
  it("reads UTF-16 with and without a byte-order mark (Excel's Unicode text)", () => {
    expect(decodeBytes(Uint8Array.from([0xff, 0xfe, ...le("Kunta\tArvo")]))).toMatchObject({
      text: "Kunta\tArvo",
      encoding: "utf-16le",
    });
    expect(decodeBytes(le("Kunta\tArvo\nHelsinki\t1"))).toMatchObject({
      text: "Kunta\tArvo\nHelsinki\t1",
      encoding: "utf-16le",
    });
  });
  it("names files that are no text instead of reading garbage", () => {
    expect(decodeBytes(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 13, 10, 26, 10]))).toEqual({
      kind: "binary",
      what: "png",
    });
    expect(decodeBytes(Uint8Array.from([0x25, 0x50, 0x44, 0x46, 0x2d]))).toEqual({
      kind: "binary",
      what: "pdf",
    });
    expect(decodeBytes(Uint8Array.from([0x50, 0x4b, 3, 4, 0, 0, 0]))).toEqual({
      kind: "binary",
      what: "zip",
    });
    expect(decodeBytes(new TextEncoder().encode("PK\u0003\u0004....xl/workbook.xml"))).toEqual({
      kind: "xlsx",
    });
    expect(decodeBytes(Uint8Array.from([1, 2, 0, 4, 5, 0, 0, 0, 9]))).toEqual({
      kind: "binary",
      what: "other",
    });
  });
});

describe("detectDelimiter", () => {
  it("finds semicolons even when numbers have decimal commas, and past a title line", () => {
    expect(detectDelimiter("alue;arvo;toinen\nKainuu;3,5;2,1\nLappi;2,5;1,0")).toBe(";");
    expect(
      detectDelimiter('"Otsikko, jossa pilkku"\n\n"a";"b";"c"\n"x";"1";"2"\n"y";"3";"4"'),
    ).toBe(";");
  });
  it("ignores delimiters inside quotes", () => {
    expect(detectDelimiter('"a;b",c\n"x;y",1')).toBe(",");
  });
});

describe("parseNumber", () => {
  it("reads decimal commas and points, spaces between thousands, minus signs and percentages", () => {
    expect(["3,5", "3.5", "1 234,5", "−2,5", "-2", "45 %", ",5", "+3"].map(parseNumber)).toEqual([
      3.5, 3.5, 1234.5, -2.5, -2, 45, 0.5, 3,
    ]);
  });
  it("reads the missing-value marks of statistics services as null", () => {
    expect(["", " ", ".", "..", "...", "-", "–", "x", "NA", "n/a"].map(parseNumber)).toEqual(
      Array(10).fill(null),
    );
  });
  it("refuses text and numbers that are not finite within ±1e15", () => {
    for (const cell of ["hyvä", "1,2,3", "9".repeat(310), "1e308", "2000000000000000"])
      expect(Number.isNaN(parseNumber(cell))).toBe(true);
  });
  it("never gives an infinite number, whatever the cell", () => {
    fc.assert(
      fc.property(fc.string(), (cell) => {
        const v = parseNumber(cell);
        return v === null || Number.isNaN(v) || Number.isFinite(v);
      }),
    );
  });
});

describe("periods", () => {
  it("reads years, quarters (Q and K) and months into one form", () => {
    expect(
      ["2024", "2024Q4", "2024K4", "2024M01", "2024M1", "2024-03", "2024*", "kaksi"].map(
        parsePeriod,
      ),
    ).toEqual(["2024", "2024Q4", "2024Q4", "2024M01", "2024M01", "2024M03", "2024", null]);
  });
  it("finds a period at either end of a wide table's header", () => {
    expect(periodInHeader("2021 Väkiluku")).toEqual({ period: "2021", name: "Väkiluku" });
    expect(periodInHeader("Väkiluku 2021")).toEqual({ period: "2021", name: "Väkiluku" });
    expect(periodInHeader("Väkiluku")).toBeNull();
  });
});

describe("findLayout", () => {
  const rows = (lines: string[][]) => lines.map((cells, i) => ({ cells, line: i + 1 }));
  it("sets title lines and footnotes aside and finds the header below them", () => {
    const l = findLayout(
      rows([["Otsikko"], ["Alue", "Arvo", "Muu"], ["Kainuu", "1", "2"], ["Lähde: THL"]]),
    );
    expect(l.header).toEqual(["Alue", "Arvo", "Muu"]);
    expect(l.headerLine).toBe(2);
    expect(l.notes).toEqual(["Otsikko", "Lähde: THL"]);
  });
  it("strips footnote marks from headers", () => {
    expect(
      findLayout(
        rows([
          ["Alue", "Väkiluku 1)", "Osuus*"],
          ["Kainuu", "1", "2"],
        ]),
      ).header,
    ).toEqual(["Alue", "Väkiluku", "Osuus"]);
  });
  it("gives a header one field short an empty first name (R's row names)", () => {
    const l = findLayout(
      rows([
        ["alue", "arvo"],
        ["1", "Kainuu", "3"],
        ["2", "Lappi", "4"],
      ]),
    );
    expect(l.headerShort).toBe(true);
    expect(l.header).toEqual(["#1", "alue", "arvo"]);
  });
  it("reads a table without a header as data from its first row", () => {
    const l = findLayout(
      rows([
        ["Kainuu", "3,5", "12"],
        ["Lappi", "2,5", "11"],
      ]),
    );
    expect(l.headerLine).toBeNull();
    expect(l.body).toHaveLength(2);
  });
});

describe("cellReader", () => {
  it("reads code-prefixed names and prefixes that name the level", () => {
    expect(read("091 Helsinki")).toMatchObject({ kind: "region", hits: { municipality: "091" } });
    expect(read("KU091")).toMatchObject({
      hits: { municipality: "091" },
      prefixed: "municipality",
    });
    expect(read("MK05 Kanta-Häme")).toMatchObject({
      hits: { maakunta: "05" },
      prefixed: "maakunta",
    });
    expect(read("HVA07 Kanta-Hämeen hyvinvointialue")).toMatchObject({
      hits: { county: "07" },
      prefixed: "county",
    });
  });
  it("never reads a three-digit municipality code as an employment area or county", () => {
    const r = read("005");
    expect(r.kind === "region" && Object.keys(r.hits)).toEqual(["municipality"]);
    const two = read("05");
    expect(two.kind === "region" && Object.keys(two.hits).sort()).toEqual([
      "county",
      "employmentArea",
      "maakunta",
    ]);
  });
  it("sets aside districts within a municipality, the whole country and totals; a hospital district is one", () => {
    expect(read("091 101 Vironniemen peruspiiri")).toEqual({ kind: "aside", why: "subArea" });
    for (const c of ["Koko maa", "KOKO MAA", "WHOLE COUNTRY", "Hela landet", "SSS"])
      expect(read(c)).toEqual({ kind: "aside", why: "country" });
    expect(read("Yhteensä")).toEqual({ kind: "aside", why: "total" });
    expect(read("MA1 MANNER-SUOMI")).toEqual({ kind: "aside", why: "mainland" });
    // A hospital district called Lappi is not the county of that name.
    expect(read("Lapin sairaanhoitopiiri")).toMatchObject({ hits: { hospitalDistrict: "21" } });
    expect(read("Lapin sairaanhoitopiiri")).not.toMatchObject({ hits: { county: "21" } });
    expect(read("Etelä-Savon shp")).toMatchObject({ hits: { hospitalDistrict: "10" } });
    expect(read("SK011 Helsingin seutukunta")).toMatchObject({
      hits: { subRegion: "011" },
      prefixed: "subRegion",
    });
  });
  it("maps municipalities merged since 2019 to the one they joined", () => {
    expect(read("099 Honkajoki -21")).toMatchObject({
      hits: { municipality: "214" },
      merged: { code: "099", into: "214" },
    });
    expect(read("Pertunmaa")).toMatchObject({
      hits: { municipality: "507" },
      merged: { code: "588" },
    });
  });
  it("knows Kela's and THL's forms of county names", () => {
    expect(read("Vantaa ja Kerava")).toMatchObject({ hits: { county: "04" } });
    expect(read("Kainuun hva")).toMatchObject({ hits: { county: "20" } });
    expect(read("Maarianhamina")).toMatchObject({ hits: { municipality: "478" } });
  });
});

describe("readTable: choosing the region column and level", () => {
  it("chooses the region column by its matches, not its position, and never a row-number column", () => {
    const t = table(
      "nro;arvo;alue\n1;3,5;Kainuu\n2;2,5;Lappi\n3;1,5;Helsinki\n4;2;Vantaa-Kerava\n",
    );
    expect(t.reading.columns[t.reading.regionColumn]).toBe("alue");
    expect(t.level).toBe("county");
    expect(t.metrics.map((m) => m.label)).toEqual(["arvo"]);
  });
  it("asks when codes 01–21 fit counties, regions and employment areas alike, and a header decides", () => {
    const codes = "koodi;arvo\n01;1\n02;2\n05;3\n07;4\n";
    expect(issues(codes)).toEqual([
      {
        code: "ambiguousLevel",
        column: "koodi",
        levels: expect.arrayContaining(["county", "maakunta", "employmentArea"]),
      },
    ]);
    expect(table(codes.replace("koodi", "Maakunta")).level).toBe("maakunta");
    expect(table(codes.replace("koodi", "Hyvinvointialue")).level).toBe("county");
    expect(table(codes, { level: "employmentArea" }).level).toBe("employmentArea");
  });
  it("reads a table naming Uusimaa and Åland as regions (maakunnat), one naming Vantaa-Kerava as counties", () => {
    const names = [
      "Uusimaa",
      "Varsinais-Suomi",
      "Satakunta",
      "Kanta-Häme",
      "Kainuu",
      "Lappi",
      "Ahvenanmaa",
    ];
    expect(table(`alue;arvo\n${names.map((n, i) => `${n};${i}`).join("\n")}`).level).toBe(
      "maakunta",
    );
    const counties = ["Vantaa-Kerava", "Itä-Uusimaa", "Helsinki", "Kainuu", "Lappi", "Ahvenanmaa"];
    const t = table(`alue;arvo\n${counties.map((n, i) => `${n};${i}`).join("\n")}`);
    expect(t.level).toBe("county");
    expect(t.notes.find((n) => n.kind === "outside")).toMatchObject({ count: 1, rows: [7] });
  });
  it("refuses electoral districts, which span counties, with a message that names them", () => {
    const text =
      "Vaalipiiri;Arvo\n02 Uudenmaan vaalipiiri;1\n08 Kaakkois-Suomen vaalipiiri;2\n09 Savo-Karjalan vaalipiiri;3\n";
    expect(issues(text)).toEqual([
      { code: "unsupportedType", type: "vaalipiiri", column: "Vaalipiiri", rows: 3 },
    ]);
  });
  it("sets aside the whole-country row as the reference, and Åland and totals with one note each", () => {
    const t = table(
      "Alue;Arvo\nKoko maa;10\nKainuu;8\nLappi;12\nVantaa-Kerava;7\nAhvenanmaa;5\nYhteensä;20\n",
    );
    expect(tableNational(t, "c1", "")).toBe(10);
    expect(t.notes.map((n) => n.kind).sort()).toEqual(["outside", "total"]);
  });
  it("lists one note per kind with a count and the first rows, and suggests names only for names", () => {
    const rows = Array.from({ length: 60 }, (_, i) => `Atlantis ${i};1`).join("\n");
    const t = table(`alue;arvo\nKainuu;1\nLappi;2\nHelsinki;5\nKainu;3\n999;4\n${rows}\n`);
    const unknown = t.notes.find((n) => n.kind === "unknown");
    expect(unknown).toMatchObject({ count: 62, rows: [5, 6, 7, 8, 9] });
    expect(unknown?.suggestions?.[0]).toBe("Kainuu");
    expect(unknown?.suggestions?.[1]).toBeNull();
  });
  it("keeps the first of duplicate rows and says so; code and year columns never become metrics", () => {
    const t = table(
      "Kuntakoodi;Vuosi;Kunta;Väkiluku\n091;2023;Helsinki;1\n091;2024;Helsinki;2\n091;2024;Helsinki;3\n049;2024;Espoo;4\n",
    );
    expect(t.metrics.map((m) => m.label)).toEqual(["Väkiluku"]);
    expect(t.periods).toEqual(["2023", "2024"]);
    expect(tableCell(t, "c1", "2024", "091")).toBe(2);
    expect(t.notes.find((n) => n.kind === "duplicate")).toMatchObject({ count: 1, rows: [4] });
  });
  it("reads decimal commas and points mixed in a column, spaces between thousands, and marks", () => {
    const t = table("alue;arvo\nKainuu;1 234,5\nLappi;2.5\nHelsinki;..\nVantaa-Kerava;x\n");
    expect(t.codes.map((c) => [c, tableCell(t, "c1", "", c)])).toEqual([
      ["20", 1234.5],
      ["21", 2.5],
      ["90", null],
      ["04", null],
    ]);
  });
});

describe("readTable: real files", () => {
  it("reads a PxWeb long table: title line, code-prefixed names, a period and a dimension", async () => {
    const t = await imported("statfi-12x4-kuntavaalit-2021.csv");
    expect(t.level).toBe("municipality");
    expect(t.periods).toEqual(["2021"]);
    expect(t.reading.notes[0]).toMatch(/^12x4 -- /);
    expect(t.metrics.map((m) => [m.label, m.rule])).toEqual([
      ["Äänestäneitä miehiä – Äänestäneet", "sum"],
      ["Äänestäneitä naisia – Äänestäneet", "sum"],
      ["Äänestäneitä miehiä – Äänestysprosentti", "mean"],
      ["Äänestäneitä naisia – Äänestysprosentti", "mean"],
    ]);
    expect(tableCell(t, "c1", "2021", "091")).toBe(150561);
    expect(tableCell(t, "c3", "2021", "245")).toBe(50.9);
    expect(t.notes).toEqual([expect.objectContaining({ kind: "merged", count: 1, rows: [33] })]);
  });
  it("reads a PxWeb wide table with years in its headers and sets aside districts", async () => {
    const t = await imported("statfi-tulot-helsinki-alueittain.csv");
    expect(t.periods).toHaveLength(25);
    expect(tableCell(t, "c1", "2017", "091")).toBe(30972);
    expect(t.notes).toEqual([expect.objectContaining({ kind: "subArea", count: 8 })]);
  });
});

describe("aggregation", () => {
  it("sums counts to counties and employment areas, a crossing one included, merged municipalities added", async () => {
    const t = await imported("statfi-aanioikeutetut-2021.csv");
    const county = datasetOf(t, atlas, { level: "county" });
    expect(county.value("04", "c1")).toBe(187728 + 29790);
    expect(county.value("01", "c1")).toBe(40371 + 12350 + 17214 + 3789 + 2150 + 1527 + 1486);
    expect(county.value("90", "c1")).toBe(542830);
    const areas = datasetOf(t, atlas, { level: "employmentArea" });
    expect(areas.value("11", "c1")).toBe(29790 + 17214);
    expect(areas.value("01", "c1")).toBe(225442 + 7856);
    // Honkajoki (099, merged into Kankaanpää 214 in 2021) is added to Kankaanpää.
    expect(datasetOf(t, atlas).value("214", "c1")).toBe(10545 + 0);
    expect(county.imported?.coverage("04", "c1")).toEqual({ count: 2, of: 2, populationShare: 1 });
  });
  it("weights rates by population (31.12.2024) and flags partial regions with their coverage", async () => {
    const t = await imported("statfi-12x4-kuntavaalit-2021.csv");
    const county = datasetOf(t, atlas, { level: "county" });
    const w = (pairs: [number, number][]) =>
      pairs.reduce((a, [v, p]) => a + v * p, 0) / pairs.reduce((a, [, p]) => a + p, 0);
    expect(county.value("04", "c3")).toBeCloseTo(
      w([
        [46.4, 251269],
        [50.9, 38461],
      ]),
      10,
    );
    expect(county.value("01", "c3")).toBeCloseTo(
      w([
        [54.3, 51737],
        [52.5, 14352],
        [59.2, 22826],
        [49.9, 4651],
        [53.8, 2429],
        [55.0, 1677],
        [50.4, 1743],
      ]),
      10,
    );
    expect(county.value("90", "c3")).toBe(59.2);
    const areas = datasetOf(t, atlas, { level: "employmentArea" });
    expect(areas.value("11", "c3")).toBeCloseTo(
      w([
        [50.9, 38461],
        [59.2, 22826],
      ]),
      10,
    );
    expect(areas.value("01", "c3")).toBeCloseTo(
      w([
        [56.3, 320931],
        [72.6, 10253],
      ]),
      10,
    );
    // Kymenlaakso has one municipality (Miehikkälä) in the excerpt: partial, and flagged.
    expect(county.imported?.partial).toContain("10");
    expect(county.imported?.coverage("10", "c1")).toMatchObject({ count: 1 });
    // The same rate, read as a sum by the user's choice.
    const summed = datasetOf(t, atlas, { level: "county", rules: { c3: "sum" } });
    expect(summed.value("04", "c3")).toBeCloseTo(46.4 + 50.9, 10);
  });
  it("adds a merged municipality to its successor in a sum, and leaves a mean without a value", async () => {
    const t = await imported("statfi-12x4-kuntavaalit-2021.csv");
    expect(datasetOf(t, atlas).value("507", "c1")).toBe(1270 + 401);
    expect(datasetOf(t, atlas, { rules: { c1: "mean" } }).value("507", "c1")).toBeNull();
  });
});

describe("editDistance and nearest", () => {
  it("counts edits and suggests a close name, not a distant one", () => {
    expect(editDistance("kainu", "kainuu")).toBe(1);
    expect(nearest("pirkanma", ["pirkanmaa", "lappi"])).toBe("pirkanmaa");
    expect(nearest("atlantis", ["pirkanmaa", "lappi"])).toBeUndefined();
  });
});

describe("fuzz", () => {
  const cell = fc.oneof(
    fc.constantFrom(
      "Lappi",
      "091 Helsinki",
      "KU049",
      "MK05",
      "Koko maa",
      "2024",
      "2024Q1",
      "..",
      "3,5",
      "1 234",
    ),
    fc.constantFrom("9".repeat(320), "-1e308", "１２", "Ahvenanmaa", "Yhteensä", "091 101 Kallio"),
    fc.string({ maxLength: 10 }),
  );
  it("never throws on any grid, and every value it keeps is finite (or a missing mark)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 1, maxLength: 6 }), { maxLength: 30 }),
        (grid) => {
          const rows = grid.map((cells, i) => ({ cells, line: i + 1 }));
          const r = readTable(rows, { name: "f", encoding: "utf-8", delimiter: ";" }, gazetteer);
          if (!r.ok) return r.issues.length > 0;
          // Every value read back is finite, or null for a missing-value mark.
          const t = r.table;
          return t.metrics.every((m) =>
            t.periods.every((p) =>
              t.codes.every((c) => {
                const v = tableCell(t, m.id, p, c);
                return v === undefined || v === null || Number.isFinite(v);
              }),
            ),
          );
        },
      ),
      { numRuns: 300, seed: 13 },
    );
  });
  it("never throws on any bytes: UTF-16, binary, zip or text", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.uint8Array({ maxLength: 400 }),
          fc.string().map((s) => new Uint8Array([0xff, 0xfe, ...le(s)])),
          fc.string().map((s) => le(`Kunta\tArvo\n${s}`)),
          fc.uint8Array({ maxLength: 100 }).map((b) => new Uint8Array([0x50, 0x4b, 3, 4, ...b])),
        ),
        async (bytes) => {
          const r = await importBytes(bytes, "f", gazetteer);
          return r.ok || r.issues.length > 0;
        },
      ),
      { numRuns: 200, seed: 5 },
    );
  });
});
