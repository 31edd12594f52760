// Tables for the link tests: real files read by the import, and the atlas's codes as a link's gazetteer.
import { readdirSync, readFileSync } from "node:fs";
import type { ImportedTable } from "../../../src/data/importedTable.ts";
import { LEVEL_IDS, type LevelId } from "../../../src/data/levels.ts";
import { gazetteerOf } from "../../../src/import/gazetteer.ts";
import { importBytes } from "../../../src/import/importFile.ts";
import type { LinkGazetteer } from "../../../src/publish/tableRead.ts";
import { realAtlas, realRegionTypes } from "../app/fixtures.ts";

export const atlas = realAtlas();
const importGazetteer = gazetteerOf(atlas, realRegionTypes());

/** The codes of every level the atlas draws. */
export const linkGazetteer: LinkGazetteer = (() => {
  const sets = new Map<LevelId, Set<string>>(
    LEVEL_IDS.map((l) => [l, new Set(atlas.regions[l].map((r) => r.code))]),
  );
  return { codes: (level) => sets.get(level) };
})();

const REAL = new URL("../../fixtures/real/", import.meta.url);

/** The real files of tests/fixtures/real that are tables (not the workbook script). */
export const realFiles = readdirSync(REAL).filter((f) => !/\.(md|mjs)$/.test(f));

/** A real file read by the import as the app reads it; null where the import refuses it. */
export async function realTable(name: string): Promise<ImportedTable | null> {
  const bytes = new Uint8Array(readFileSync(new URL(name, REAL)));
  const r = await importBytes(bytes, name, importGazetteer, {}, () => {});
  return r.ok ? r.table : null;
}

/**
 * A made-up municipality table: every municipality, `years` years from 2015,
 * `measures` measures (a count, a share with one decimal, euros…), values that
 * vary as real ones do, moving from year to year as real series do (a random walk), with a line per row as a long CSV gives them.
 */
export function municipalTable(years: number, measures: number): ImportedTable {
  const codes = atlas.regions.municipality.map((r) => r.code);
  const periods = Array.from({ length: years }, (_, i) => String(2015 + i));
  const C = codes.length;
  const cells = new Float64Array(measures * years * C);
  const lines = new Int32Array(measures * years * C);
  let seed = 7;
  const random = () => {
    seed = (seed * 16807) % 2147483647;
    return seed / 2147483647;
  };
  for (let m = 0; m < measures; m++)
    for (let p = 0; p < years; p++)
      for (let c = 0; c < C; c++) {
        const at = (m * years + p) * C + c;
        // A random walk from year to year, as real series move: counts by about 1 %, shares by tenths.
        const before = p > 0 ? (cells[at - C] as number) : 0;
        const v =
          m % 2 === 0
            ? p > 0
              ? Math.round(before * (0.99 + 0.02 * random()))
              : 500 + Math.round(60000 * random() ** 3)
            : p > 0
              ? Math.max(0, Math.round(before * 10 + 10 * (random() - 0.5)) / 10)
              : Math.round((10 + 30 * random()) * 10) / 10;
        cells[at] = v;
        lines[at] = 2 + p * C + c;
      }
  return {
    name: "kunnat-2015-2024.csv",
    level: "municipality",
    source: null,
    periods,
    metrics: Array.from({ length: measures }, (_, m) => ({
      id: `c${m + 1}`,
      label: m % 2 === 0 ? `Määrä ${m + 1}` : `Osuus ${m + 1}, %`,
      rule: m % 2 === 0 ? "sum" : "mean",
      evidence: m % 2 === 0 ? null : "label",
      digits: m % 2 === 0 ? 0 : 1,
    })),
    dimensions: [],
    attributes: [],
    codes,
    cells,
    lines,
    national: new Float64Array(measures * years).fill(Number.NaN),
    merged: new Map(),
    reading: {
      encoding: "utf-8",
      delimiter: ";",
      headerLine: 1,
      headerShort: false,
      columns: ["Kunta", "Vuosi"],
      regionColumn: 0,
      level: "municipality",
      candidates: [],
      rows: years * C,
      periodColumn: 1,
      periodsInHeaders: false,
      dimensions: [],
      notes: ["Lähde: keksitty"],
    },
    notes: [],
  };
}
