// Properties of aggregation over generated municipal tables, read through the real import.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { detectDelimiter } from "../../../src/import/delimiter.ts";
import { gazetteerOf } from "../../../src/import/gazetteer.ts";
import { textRows } from "../../../src/import/importFile.ts";
import { readTable } from "../../../src/import/readTable.ts";
import { realAtlas, realRegionTypes } from "../app/fixtures.ts";
import { datasetOf } from "../app/importedFixtures.ts";

const atlas = realAtlas();
const gazetteer = gazetteerOf(atlas, realRegionTypes());
const mainland = atlas.municipalities.filter((m) => !m.outside);
const read = (text: string) => {
  const r = readTable(
    textRows(text, detectDelimiter(text)),
    { name: "p.csv", encoding: "utf-8", delimiter: ";" },
    gazetteer,
  );
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.table;
};

/** A table of some municipalities (by code) with a value each, or a missing mark. */
const municipalValues = fc
  .uniqueArray(fc.integer({ min: 0, max: mainland.length - 1 }), { minLength: 5, maxLength: 60 })
  .chain((picks) =>
    fc.tuple(
      fc.constant(picks.map((i) => mainland[i]?.code ?? "")),
      fc.array(fc.option(fc.integer({ min: 0, max: 100_000 }), { nil: null, freq: 8 }), {
        minLength: picks.length,
        maxLength: picks.length,
      }),
    ),
  );

const countyOf = new Map(atlas.municipalities.map((m) => [m.code, m.county]));

describe("aggregation of generated municipal tables", () => {
  it("a county's sum equals the sum of its member municipalities' values", () => {
    fc.assert(
      fc.property(municipalValues, ([codes, values]) => {
        const text = `Kunta;Asukkaat\n${codes.map((c, i) => `${c};${values[i] ?? ".."}`).join("\n")}`;
        const counties = datasetOf(read(text), atlas, { level: "county" });
        for (const county of new Set(codes.map((c) => countyOf.get(c) ?? ""))) {
          const members = codes
            .map((c, i) => [c, values[i]] as const)
            .filter(([c, v]) => countyOf.get(c) === county && v !== null && v !== undefined);
          const expected = members.length
            ? members.reduce((a, [, v]) => a + (v as number), 0)
            : null;
          expect(counties.value(county, "c1")).toBe(expected);
        }
      }),
      { numRuns: 60, seed: 21 },
    );
  });

  it("a share is never summed: its county value is a mean that lies within its parts' range", () => {
    fc.assert(
      fc.property(
        municipalValues.map(([codes, values]): [string[], (number | null)[]] => [
          codes,
          values.map((v) => (v === null ? null : (v % 1000) / 10)),
        ]),
        ([codes, values]) => {
          const text = `Kunta;Osuus väestöstä, %\n${codes
            .map(
              (c, i) => `${c};${values[i] === null ? ".." : String(values[i]).replace(".", ",")}`,
            )
            .join("\n")}`;
          const table = read(text);
          expect(table.metrics[0]?.rule).toBe("mean");
          const counties = datasetOf(table, atlas, { level: "county" });
          for (const county of new Set(codes.map((c) => countyOf.get(c) ?? ""))) {
            const parts = codes
              .map((c, i) => [c, values[i]] as const)
              .filter(([c, v]) => countyOf.get(c) === county && v !== null)
              .map(([, v]) => v as number);
            const value = counties.value(county, "c1");
            if (!parts.length) expect(value).toBeNull();
            else {
              expect(value).not.toBeNull();
              expect(value as number).toBeGreaterThanOrEqual(Math.min(...parts) - 1e-9);
              expect(value as number).toBeLessThanOrEqual(Math.max(...parts) + 1e-9);
            }
          }
        },
      ),
      { numRuns: 60, seed: 22 },
    );
  });

  it("a total category is never added to its parts: each category is shown alone, in every municipality and county", () => {
    const rows = fc.array(
      fc.tuple(
        fc.integer({ min: 0, max: 1000 }),
        fc.integer({ min: 0, max: 1000 }),
        fc.integer({ min: 0, max: 3000 }),
      ),
      { minLength: 60, maxLength: 60 },
    );
    fc.assert(
      fc.property(municipalValues, rows, ([codes], numbers) => {
        // Totals that need not equal the sum of their parts: whatever they are, they are shown as given.
        const lines = codes.flatMap((c, i) => {
          const [men, women, total] = numbers[i] ?? [0, 0, 0];
          return [`${c};Yhteensä;${total}`, `${c};Miehet;${men}`, `${c};Naiset;${women}`];
        });
        const table = read(`Kunta;Sukupuoli;Väkiluku\n${lines.join("\n")}`);
        expect(table.dimensions.map((d) => [d.name, d.categories[d.total ?? -1]])).toEqual([
          ["Sukupuoli", "Yhteensä"],
        ]);
        const byCategory = (dims: Record<string, string>, pick: (n: number[]) => number) => {
          const own = datasetOf(table, atlas, { dims });
          const counties = datasetOf(table, atlas, { dims, level: "county" });
          const sums = new Map<string, number>();
          codes.forEach((c, i) => {
            const v = pick(numbers[i] ?? [0, 0, 0]);
            expect(own.value(c, "c1")).toBe(v);
            const county = countyOf.get(c) ?? "";
            sums.set(county, (sums.get(county) ?? 0) + v);
          });
          for (const [county, sum] of sums) expect(counties.value(county, "c1")).toBe(sum);
        };
        byCategory({}, (n) => n[2] as number);
        byCategory({ d1: "Miehet" }, (n) => n[0] as number);
        byCategory({ d1: "Naiset" }, (n) => n[1] as number);
      }),
      { numRuns: 30, seed: 23 },
    );
  });
});
