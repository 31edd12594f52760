import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeBytes } from "../../../src/import/decode.ts";
import { detectDelimiter } from "../../../src/import/delimiter.ts";
import { importTable, MAX_ROWS } from "../../../src/import/importTable.ts";
import { parseNumber } from "../../../src/import/numbers.ts";
import { editDistance, nearest } from "../../../src/import/suggest.ts";
import { realAtlas } from "../app/fixtures.ts";

const atlas = realAtlas();
const regions = { counties: atlas.regions.county, areas: atlas.regions.employmentArea };
const run = (text: string) => importTable(text, regions);
const issues = (text: string) => {
  const r = run(text);
  return r.ok ? [] : r.issues;
};

describe("decodeBytes", () => {
  it("reads UTF-8 and drops its byte-order mark", () => {
    const bytes = new TextEncoder().encode("\ufeffalue;arvo\nPäijät-Häme;1");
    expect(decodeBytes(bytes)).toEqual({ text: "alue;arvo\nPäijät-Häme;1", encoding: "utf-8" });
  });
  it("reads bytes that are not UTF-8 as Windows-1252, as Finnish Excel writes them", () => {
    const bytes = Uint8Array.from([
      0x50, 0xe4, 0x69, 0x6a, 0xe4, 0x74, 0x2d, 0x48, 0xe4, 0x6d, 0x65,
    ]);
    expect(decodeBytes(bytes)).toEqual({ text: "Päijät-Häme", encoding: "windows-1252" });
  });
});

describe("detectDelimiter", () => {
  it("finds semicolons even when numbers have decimal commas", () => {
    expect(detectDelimiter("alue;arvo;toinen\nKainuu;3,5;2,1\nLappi;2,5;1,0")).toBe(";");
  });
  it("finds tabs and commas", () => {
    expect(detectDelimiter("a\tb\n1\t2")).toBe("\t");
    expect(detectDelimiter("a,b\n1,2")).toBe(",");
  });
  it("ignores delimiters inside quotes", () => {
    expect(detectDelimiter('"a;b",c\n"x;y",1')).toBe(",");
  });
});

describe("parseNumber", () => {
  it("reads decimal commas and points, spaces between thousands, minus signs and percentages", () => {
    expect(["3,5", "3.5", "1 234,5", "−2,5", "-2", "45 %", ",5"].map(parseNumber)).toEqual([
      3.5, 3.5, 1234.5, -2.5, -2, 45, 0.5,
    ]);
  });
  it("reads empty cells and the usual no-data marks as null, text as NaN", () => {
    expect(["", " ", "-", "..", "n/a"].map(parseNumber)).toEqual([null, null, null, null, null]);
    expect(Number.isNaN(parseNumber("hyvä"))).toBe(true);
    expect(Number.isNaN(parseNumber("1,2,3"))).toBe(true);
  });
});

describe("editDistance and nearest", () => {
  it("counts edits and suggests a close name, not a distant one", () => {
    expect(editDistance("kainu", "kainuu")).toBe(1);
    expect(nearest("pirkanma", ["pirkanmaa", "lappi"])).toBe("pirkanmaa");
    expect(nearest("atlantis", ["pirkanmaa", "lappi"])).toBeUndefined();
  });
});

describe("importTable", () => {
  it("reads a county table by short names, with decimal commas and semicolons", () => {
    const r = run("hyvinvointialue;työttömyys %\nKainuu;10,5\nLappi;9,1\nVantaa-Kerava;11\n");
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.table.level).toBe("county");
    expect(r.table.columns).toEqual(["työttömyys %"]);
    expect(r.table.values.get("20")).toEqual([10.5]);
    expect(r.table.values.get("04")).toEqual([11]);
    expect(r.table.missing).toHaveLength(19);
  });
  it("detects employment areas from their names and codes", () => {
    const r = run("alue,x\nKerava-Sipoo,1\nTyöLakeus,2\n45,3\n");
    expect(r.ok && r.table.level).toBe("employmentArea");
    expect(r.ok && [...r.table.values.keys()]).toEqual(["11", "37", "45"]);
  });
  it("matches codes without zeros, Swedish and English names, case and dash variants", () => {
    const r = run(
      "county\tv\n1\t1\nMellersta Nylands välfärdsområde\t2\nNORTH SAVO\t3\npohjois – karjala\t4\n",
    );
    expect(r.ok && [...r.table.values.keys()]).toEqual(["01", "02", "13", "14"]);
  });
  it("names an unknown region with its row and suggests the nearest name", () => {
    expect(issues("alue;x\nKainu;1\nAtlantis;2\n")).toEqual([
      { code: "unknownRegion", row: 2, name: "Kainu", suggestion: "20" },
      { code: "unknownRegion", row: 3, name: "Atlantis" },
    ]);
  });
  it("names a region given twice, with both rows", () => {
    expect(issues("alue;x\nLappi;1\nLapin hyvinvointialue;2\n")).toEqual([
      { code: "duplicateRegion", row: 3, name: "Lapin hyvinvointialue", firstRow: 2 },
    ]);
  });
  it("names each cell that is not a number, with row and column", () => {
    expect(issues("alue;a;b\nLappi;1;2\nKainuu;kolme;3\nPirkanmaa;4;x\n")).toEqual([
      { code: "notNumber", row: 3, column: "a", value: "kolme" },
      { code: "notNumber", row: 4, column: "b", value: "x" },
    ]);
  });
  it("refuses an empty file, a header alone, and a table with no numbers", () => {
    expect(issues("")).toEqual([{ code: "empty" }]);
    expect(issues("alue;x\n")).toEqual([{ code: "empty" }]);
    expect(issues("alue;huom\nLappi;hyvä\nKainuu;huono\n")).toEqual([{ code: "noNumericColumn" }]);
  });
  it("names a row without a region name", () => {
    expect(issues("alue;x\n;1\nLappi;2\n")).toEqual([{ code: "emptyRegion", row: 2 }]);
  });
  it("refuses more than 10 000 rows and more than 5 MB", () => {
    const many = `alue;x\n${"Lappi;1\n".repeat(MAX_ROWS + 1)}`;
    expect(issues(many)).toEqual([{ code: "tooManyRows", rows: MAX_ROWS + 1 }]);
    expect(issues("x".repeat(5 * 1024 * 1024 + 1))[0]?.code).toBe("tooLarge");
  });
  it("leaves out text columns and lists them", () => {
    const r = run("alue;huomio;arvo\nLappi;hyvä;1\nKainuu;huono;2\n");
    expect(r.ok && r.table.ignoredColumns).toEqual(["huomio"]);
    expect(r.ok && r.table.columns).toEqual(["arvo"]);
  });
  it("sums up problems past the fiftieth", () => {
    const text = `alue;x\n${Array.from({ length: 60 }, (_, i) => `Nowhere${i};1`).join("\n")}`;
    const found = issues(text);
    expect(found).toHaveLength(51);
    expect(found[50]).toEqual({ code: "moreIssues", count: 10 });
  });
  it("never throws, whatever the text (property-based)", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        const r = run(text);
        expect(typeof r.ok).toBe("boolean");
      }),
      { numRuns: 400, seed: 2026 },
    );
  });
  it("never throws on table-shaped input with hostile cells (property-based)", () => {
    const cell = fc.oneof(
      fc.constantFrom(
        "Lappi",
        "Kainuu",
        "01",
        "=cmd()",
        "<script>",
        '"',
        ";",
        "\t",
        "3,5",
        "-",
        "NaN",
        "Infinity",
        "1e999",
      ),
      fc.string({ maxLength: 12 }),
    );
    const table = fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { maxLength: 30 });
    fc.assert(
      fc.property(table, fc.constantFrom(";", ",", "\t"), (rows, d) => {
        const r = run(rows.map((row) => row.join(d)).join("\n"));
        if (r.ok)
          for (const values of r.table.values.values())
            for (const v of values) expect(v === null || Number.isFinite(v)).toBe(true);
      }),
      { numRuns: 300, seed: 7 },
    );
  });
});
