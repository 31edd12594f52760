import { describe, expect, it } from "vitest";
import { cellRows, countCells } from "../../../src/workbook/sheetCells.ts";
import { storedZip } from "../../../src/workbook/storedZip.ts";
import { unpack, zipEntries } from "../../../src/workbook/zipEntries.ts";

const bytes = (text: string) => new TextEncoder().encode(text);

describe("countCells", () => {
  it("counts cell elements, with or without a namespace prefix, and nothing else", () => {
    expect(
      countCells(bytes('<row><c r="A1"><v>1</v></c><c r="B1"/><x:c r="C1">x</x:c></row>')),
    ).toBe(3);
    expect(countCells(bytes("<cols><col/></cols><customSheetView/><c\t/>"))).toBe(1);
    expect(countCells(bytes(""))).toBe(0);
  });
});

describe("cellRows", () => {
  it("makes a row per sheet row with a value, from the first column any row uses", () => {
    expect(
      cellRows([
        { r: 4, c: 3, value: 7 },
        { r: 1, c: 2, value: "a" },
        { r: 1, c: 4, value: "b" },
        { r: 2, c: 2, value: "  " },
        { r: 3, c: 2, value: null },
      ]),
    ).toEqual([
      { cells: ["a", "", "b"], line: 2 },
      { cells: ["", "7"], line: 5 },
    ]);
  });
});

describe("storedZip and zipEntries", () => {
  it("write and read back entries stored as they are, counted against a budget", async () => {
    const archive = storedZip([
      { name: "a.xml", data: bytes("<a/>") },
      { name: "ä/b.rels", data: bytes("<b>bb</b>") },
    ]);
    const entries = zipEntries(archive);
    expect(entries.map((e) => [e.name, e.method])).toEqual([
      ["a.xml", 0],
      ["ä/b.rels", 0],
    ]);
    const budget = { used: 0, max: 100 };
    const texts = [];
    for (const e of entries) texts.push(new TextDecoder().decode(await unpack(archive, e, budget)));
    expect(texts).toEqual(["<a/>", "<b>bb</b>"]);
    expect(budget.used).toBe(13);
    await expect(unpack(archive, entries[1] as never, { used: 0, max: 5 })).rejects.toThrow(
      /memory 9 > 5/,
    );
  });
});
