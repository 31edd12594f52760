import { describe, expect, it } from "vitest";
import { budgetFailure, WorkbookBudgetError } from "../../../src/workbook/budget.ts";
import { readWorkbook } from "../../../src/workbook/readWorkbook.ts";
import { workbook, zipBomb } from "../../workbooks.ts";

const TABLE = [
  ["alue", "arvo"],
  ["Lappi", 1],
  ["Kainuu", 2.5],
  ["Vantaa-Kerava", 3],
];

describe("readWorkbook", () => {
  it("reads the first sheet's rows as text, numbered as in the sheet", async () => {
    const { rows, sheet } = await readWorkbook(workbook(TABLE));
    expect(sheet).toBe("Taulukko1");
    expect(rows).toEqual([
      { cells: ["alue", "arvo"], line: 1 },
      { cells: ["Lappi", "1"], line: 2 },
      { cells: ["Kainuu", "2.5"], line: 3 },
      { cells: ["Vantaa-Kerava", "3"], line: 4 },
    ]);
  });
  it("reads a sheet whose dimension claims A1:XFD1048576 by the cells it has", async () => {
    const bytes = workbook(TABLE, { dimension: "A1:XFD1048576" });
    expect(bytes.length).toBeLessThan(2048);
    const started = performance.now();
    const { rows } = await readWorkbook(bytes);
    expect(rows).toHaveLength(4);
    expect(performance.now() - started).toBeLessThan(2000);
  });
  it("reads one stray value in XFD1048576 as one row of its width, not the rectangle between", async () => {
    const { rows } = await readWorkbook(workbook(TABLE, { extra: [[1048575, 16383, "x"]] }));
    expect(rows).toHaveLength(5);
    expect(rows[4]?.line).toBe(1048576);
    expect(rows[4]?.cells).toHaveLength(16384);
    expect(rows[0]?.cells).toEqual(["alue", "arvo"]);
  });
  it("stops unpacking a 2 MB workbook that would unpack to 2 GiB at the budget", async () => {
    const bomb = zipBomb(2);
    expect(bomb.length).toBeLessThan(3 * 1024 * 1024);
    const error = await readWorkbook(bomb, { unpacked: 32 * 1024 * 1024, cells: 1000 }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(WorkbookBudgetError);
    expect(budgetFailure((error as Error).message)).toMatchObject({
      kind: "memory",
      max: 32 * 1024 * 1024,
    });
  });
  it("refuses a sheet of more cells than the budget before parsing it", async () => {
    const rows = [["alue", "arvo"], ...Array.from({ length: 60 }, (_, i) => [`r${i}`, i])];
    await expect(readWorkbook(workbook(rows), { unpacked: 1e8, cells: 100 })).rejects.toThrow(
      /workbook budget: cells 1\d\d > 100/,
    );
  });
  it("names a file that is no archive", async () => {
    await expect(readWorkbook(new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]))).rejects.toThrow(
      /ZIP directory/,
    );
  });
});
