import { readFileSync } from "node:fs";
import { dsvFormat } from "d3-dsv";
import { describe, expect, it } from "vitest";
import { xlsxRows } from "../../../src/import/xlsx.ts";

const fixture = (name: string) =>
  readFileSync(new URL(`../../fixtures/real/${name}`, import.meta.url));

describe("xlsxRows", () => {
  it("reads every row of the workbook fixture as its CSV twin has them, numbers exactly", async () => {
    // tests/fixtures/real/SOURCES.md: the workbook is the CSV written by make-xlsx.mjs, numbers as numbers.
    const csv = dsvFormat(";").parseRows(
      fixture("statfi-aanioikeutetut-2021.csv").toString("utf8"),
    );
    const { rows } = await xlsxRows(new Uint8Array(fixture("statfi-aanioikeutetut-2021.xlsx")));
    expect(rows.map((r) => r.cells)).toEqual(csv.filter((r) => r.some((c) => c.trim() !== "")));
    expect(rows[0]?.line).toBe(1);
    expect(rows.find((r) => r.cells[1] === "091 Helsinki")?.cells[2]).toBe("542830");
  });

  it("refuses bytes that are no workbook with an error, for the import to name", async () => {
    await expect(xlsxRows(new TextEncoder().encode("not a workbook"))).rejects.toThrow();
  });
});
