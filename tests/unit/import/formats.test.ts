// Periods as published, and PxWeb's own formats: PC-Axis and JSON-stat with their metadata.
import * as XLSX from "@e965/xlsx";
import { describe, expect, it } from "vitest";
import { tableCell } from "../../../src/data/importedTable.ts";
import { detectDelimiter } from "../../../src/import/delimiter.ts";
import { gazetteerOf } from "../../../src/import/gazetteer.ts";
import { importBytes, textRows } from "../../../src/import/importFile.ts";
import { joinPeriod, parsePeriod } from "../../../src/import/periods.ts";
import { readPx } from "../../../src/import/px.ts";
import { readTable } from "../../../src/import/readTable.ts";
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
const bytes = (text: string) => new TextEncoder().encode(text);

describe("periods", () => {
  it("reads years, quarters (Q, K), months (M, 2019-01), ISO and Finnish dates", () => {
    expect(
      [
        "2024",
        "2024Q1",
        "2024K4",
        "2024M03",
        "2019-01",
        "2019-01-31",
        "31.1.2019",
        "2019-01-01T00:00:00Z",
      ].map(parsePeriod),
    ).toEqual([
      "2024",
      "2024Q1",
      "2024Q4",
      "2024M03",
      "2019M01",
      "2019-01-31",
      "2019-01-31",
      "2019-01-01",
    ]);
  });
  it("rejects what is no period: a 13th month, a 5th quarter, a 30th of February, 0 and 99999", () => {
    for (const bad of ["2024M13", "2024Q5", "2023-02-30", "0", "99999", "1850", "2024-13"])
      expect(parsePeriod(bad), bad).toBeNull();
  });
  it("joins a year and a month (or quarter) given in columns of their own", () => {
    expect(joinPeriod("2019", "3", "month")).toBe("2019M03");
    expect(joinPeriod("2019", "maaliskuu", "month")).toBe("2019M03");
    expect(joinPeriod("2019", "Q2", "quarter")).toBe("2019Q2");
    const t = table(
      "Vuosi;Kuukausi;Alue;Saajat\n2019;1;Lappi;10\n2019;2;Lappi;11\n2019;1;Kainuu;5\n2019;2;Kainuu;6\n2019;1;Vantaa-Kerava;1\n",
    );
    expect(t.periods).toEqual(["2019M01", "2019M02"]);
    expect(tableCell(t, "c1", "2019M02", "21")).toBe(11);
  });
  it("sets aside rows whose period is not valid, and says so", () => {
    const t = table(
      "Kuukausi;Alue;Arvo\n2024M12;Lappi;1\n2024M13;Lappi;2\n2024M11;Vantaa-Kerava;3\n",
    );
    expect(t.periods).toEqual(["2024M11", "2024M12"]);
    expect(t.notes.find((n) => n.kind === "invalidPeriod")).toMatchObject({
      count: 1,
      examples: ["2024M13"],
    });
  });
});

const PX = `CHARSET="ANSI";
AXIS-VERSION="2013";
LANGUAGE="fi";
DECIMALS=1;
SHOWDECIMALS=1;
MATRIX="test";
TITLE="Väestö alueittain";
CONTENTS="Väestö";
UNITS="henkilöä";
STUB="Alue","Sukupuoli";
HEADING="Vuosi","Tiedot";
CONTVARIABLE="Tiedot";
VALUES("Alue")="Koko maa","Helsinki","Kainuu";
VALUES("Sukupuoli")="Yhteensä","Naiset";
VALUES("Vuosi")="2023","2024";
VALUES("Tiedot")="Väestö","Naisten osuus, %";
CODES("Alue")="SSS","KU091","MK18";
TIMEVAL("Vuosi")=TLIST(A1),"2023","2024";
ELIMINATION("Sukupuoli")="Yhteensä";
UNITS("Väestö")="henkilöä";
UNITS("Naisten osuus, %")="%";
SOURCE="Tilastokeskus";
NOTE="Alueet vuoden 2024 aluejaon mukaan.";
DATA=
100 50.1 110 50.2
60 50 61 50
10 51 11 52
5 51 ".." 52
1 49 2 49
0.5 49 1 49;
`;

describe("PC-Axis", () => {
  it("reads the variables as columns, the time variable as the period and CONTVARIABLE as the metrics", () => {
    const { rows, schema } = readPx(PX);
    expect(rows[0]?.cells).toEqual(["Alue", "Sukupuoli", "Vuosi", "Tiedot", "Arvo"]);
    expect(rows[1]?.cells).toEqual(["SSS Koko maa", "Yhteensä", "2023", "Väestö", "100"]);
    expect(rows).toHaveLength(1 + 3 * 2 * 2 * 2);
    expect(schema).toMatchObject({
      period: 2,
      measure: 3,
      totals: { 1: "Yhteensä" },
      source: "Tilastokeskus",
    });
    expect(schema.units).toEqual({ "": "henkilöä", Väestö: "henkilöä", "Naisten osuus, %": "%" });
  });
  it("imports a .px file: municipalities and a region each at their level, the unit's % a mean, the note kept", async () => {
    const r = await importBytes(bytes(PX), "t.px", gazetteer);
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    const t = r.table;
    expect(t.reading.encoding).toContain("PC-Axis");
    expect(t.level).toBe("municipality");
    expect(t.metrics.map((m) => [m.label, m.rule, m.unit])).toEqual([
      ["Väestö", "sum", "henkilöä"],
      ["Naisten osuus, %", "mean", "%"],
    ]);
    expect(t.dimensions.map((d) => [d.name, d.total])).toEqual([["Sukupuoli", 0]]);
    expect(datasetOf(t, atlas).value("091", "c1")).toBe(11);
    expect(datasetOf(t, atlas, { dims: { d1: "Naiset" }, period: "2023" }).value("091", "c1")).toBe(
      5,
    );
    expect(datasetOf(t, atlas, { dims: { d1: "Naiset" } }).value("091", "c1")).toBeNull();
    expect(t.reading.notes).toContain("Alueet vuoden 2024 aluejaon mukaan.");
    expect(t.notes.find((n) => n.kind === "otherLevel")).toMatchObject({ level: "maakunta" });
  });
  it("names a file it cannot read as PC-Axis", async () => {
    const r = await importBytes(
      bytes('CHARSET="ANSI";\nMATRIX="x";\nDATA=\n1 2;'),
      "t.px",
      gazetteer,
    );
    expect(r.ok ? null : r.issues[0]).toMatchObject({ code: "formatFailed", format: "px" });
  });
});

describe("JSON-stat", () => {
  const dataset = {
    version: "2.0",
    class: "dataset",
    label: "Työvoima maakunnittain",
    source: "Tilastokeskus, työvoimatutkimus",
    note: ["<b>..</b> tieto on puuttuva"],
    id: ["Vuosi", "Maakunta", "Tiedot"],
    size: [2, 2, 2],
    role: { time: ["Vuosi"], geo: ["Maakunta"], metric: ["Tiedot"] },
    dimension: {
      Vuosi: { label: "Vuosi", category: { index: { "2024": 0, "2025": 1 } } },
      Maakunta: {
        label: "Maakunta",
        category: { index: ["MK18", "MK19"], label: { MK18: "Kainuu", MK19: "Lappi" } },
      },
      Tiedot: {
        label: "Tiedot",
        category: {
          index: ["tyolliset", "tyollisyysaste"],
          label: { tyolliset: "Työlliset, 1000 henkilöä", tyollisyysaste: "Työllisyysaste, %" },
          unit: {
            tyolliset: { label: "1000 henkilöä", decimals: 0 },
            tyollisyysaste: { label: "%", decimals: 1 },
          },
        },
      },
    },
    value: [30, 70.1, 80, 72.5, 31, null, 81, 73.0],
    status: { "5": ".." },
  };
  it("reads a JSON-stat 2 dataset with its roles, units, decimals and missing statuses", async () => {
    const r = await importBytes(bytes(JSON.stringify(dataset)), "t.json", gazetteer);
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    const t = r.table;
    expect(t.level).toBe("maakunta");
    expect(t.periods).toEqual(["2024", "2025"]);
    expect(t.metrics.map((m) => [m.label, m.rule, m.digits])).toEqual([
      ["Työlliset, 1000 henkilöä", "sum", 0],
      ["Työllisyysaste, %", "mean", 1],
    ]);
    expect(tableCell(t, "c2", "2024", "19")).toBe(72.5);
    expect(tableCell(t, "c2", "2025", "18")).toBeNull();
    expect(t.reading.notes).toEqual([
      "Työvoima maakunnittain",
      "Tilastokeskus, työvoimatutkimus",
      ".. tieto on puuttuva",
    ]);
  });
  it("reads a JSON-stat 1 bundle, as THL's APIs give it", async () => {
    const bundle = {
      dataset: {
        label: "Tartunnat",
        value: [12, 30],
        dimension: {
          id: ["hva", "measure"],
          size: [2, 1],
          role: { geo: ["hva"], metric: ["measure"] },
          hva: {
            label: "Hyvinvointialue",
            category: { index: { "20": 0, "21": 1 }, label: { "20": "Kainuu", "21": "Lappi" } },
          },
          measure: { label: "Mittari", category: { label: { n: "Tapaukset" } } },
        },
      },
    };
    const r = await importBytes(bytes(JSON.stringify(bundle)), "thl.json", gazetteer);
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(r.table.level).toBe("county");
    expect(r.table.metrics.map((m) => m.label)).toEqual(["Tapaukset"]);
    expect(tableCell(r.table, "c1", "", "21")).toBe(30);
  });
  it("reads records keyed by region, and names JSON that is neither", async () => {
    const r = await importBytes(
      bytes(
        JSON.stringify({
          Kainuu: { tested: 5 },
          Lappi: { tested: 7 },
          "Vantaa-Kerava": { tested: 9 },
        }),
      ),
      "t.json",
      gazetteer,
    );
    expect(r.ok && tableCell(r.table, "c1", "", "21")).toBe(7);
    const bad = await importBytes(bytes("[1, 2, 3]"), "t.json", gazetteer);
    expect(bad.ok ? null : bad.issues[0]).toMatchObject({
      code: "formatFailed",
      format: "json-stat",
    });
  });
});

describe("workbooks", () => {
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(
    book,
    XLSX.utils.aoa_to_sheet([
      ["Määritelmät"],
      ["Saajat", "Etuuden saajat kuukauden aikana"],
      ["Lähde", "Kela"],
    ]),
    "Määritelmät",
  );
  XLSX.utils.book_append_sheet(
    book,
    XLSX.utils.aoa_to_sheet([
      ["Alue", "Saajat"],
      ["Lappi", 6455],
      ["Kainuu", 2542],
      ["Vantaa-Kerava", 9000],
    ]),
    "Tiedot",
  );
  const bytes = new Uint8Array(XLSX.write(book, { type: "array", bookType: "xlsx" }));
  it("reads the sheet that holds a table, past a first sheet of definitions, and names the others", async () => {
    const r = await importBytes(bytes, "t.xlsx", gazetteer);
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(r.table.reading).toMatchObject({ sheet: "Tiedot", sheets: ["Määritelmät", "Tiedot"] });
    expect(tableCell(r.table, "c1", "", "21")).toBe(6455);
  });
  it("reads the sheet the user picks", async () => {
    const r = await importBytes(bytes, "t.xlsx", gazetteer, { sheet: "Määritelmät" });
    expect(r.ok ? null : r.issues[0]?.code).toBe("noRegionColumn");
  });
});
