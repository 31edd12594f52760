// Imported tables for tests: values by region code, one period, made the way the import makes them.
import type { Atlas } from "../../../src/data/atlas.ts";
import type { Dataset } from "../../../src/data/dataset.ts";
import { type ImportedView, importedDataset } from "../../../src/data/importedDataset.ts";
import type { ImportedTable } from "../../../src/data/importedTable.ts";
import type { LevelId } from "../../../src/data/levels.ts";
import { ruleOfLabel } from "../../../src/import/ruleGuess.ts";

export function tableOf(
  level: LevelId,
  columns: string[],
  rows: Map<string, (number | null)[]>,
  extra: Partial<ImportedTable> = {},
): ImportedTable {
  // One period, "": cells are metric by metric, code by code.
  const codes = [...rows.keys()];
  const cells = new Float64Array(columns.length * codes.length);
  columns.forEach((_, m) => {
    codes.forEach((code, c) => {
      const v = rows.get(code)?.[m] ?? null;
      cells[m * codes.length + c] = v === null ? Number.POSITIVE_INFINITY : v;
    });
  });
  return {
    name: "test.csv",
    level,
    source: null,
    dimensions: [],
    attributes: [],
    lines: new Int32Array(columns.length * codes.length),
    periods: [""],
    metrics: columns.map((label, i) => {
      let most = 0;
      for (const v of rows.values()) {
        const x = v[i];
        if (x !== null && x !== undefined)
          most = Math.max(most, (String(x).split(".")[1] ?? "").length);
      }
      return { id: `c${i + 1}`, label, rule: ruleOfLabel(label), digits: Math.min(2, most) };
    }),
    codes,
    cells,
    national: new Float64Array(columns.length).fill(Number.NaN),
    merged: new Map(),
    reading: {
      encoding: "utf-8",
      delimiter: ";",
      headerLine: 1,
      headerShort: false,
      columns: ["alue", ...columns],
      regionColumn: 0,
      level,
      candidates: [],
      rows: rows.size,
      periodColumn: null,
      periodsInHeaders: false,
      dimensions: [],
      notes: [],
    },
    notes: [],
    ...extra,
  };
}

export function datasetOf(
  table: ImportedTable,
  atlas: Pick<Atlas, "municipalities" | "regions">,
  view: Partial<ImportedView> = {},
): Dataset {
  return importedDataset(
    table,
    { period: null, level: null, rules: {}, ...view },
    {
      municipalities: atlas.municipalities,
      codes: (level) => atlas.regions[level].map((r) => r.code),
    },
  );
}
