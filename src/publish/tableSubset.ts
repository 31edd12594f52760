// The part of an imported table a view needs: some metrics, one category combination, one period.
import {
  categoriesOf,
  combinations,
  type ImportedTable,
  type MergedPart,
} from "../data/importedTable.ts";

export interface Subset {
  /** Indexes of the metrics kept, in the table's order. */
  metrics: number[];
  /** The one category combination kept, or null for all. */
  combination: number | null;
  /** The one period kept (an index), or null for all. */
  period: number | null;
}

/**
 * The table cut to a subset. Metric ids stay as they were (a link's `metric=c3`
 * still names its metric); each dimension keeps only its chosen category, so
 * the figure's name and the URL's `dim=` stay the same. Line numbers, notes
 * and the reading go with it unchanged.
 */
export function tableSubset(table: ImportedTable, subset: Subset): ImportedTable {
  const K = combinations(table);
  const P = table.periods.length;
  const C = table.codes.length;
  const combos = subset.combination === null ? [...Array(K).keys()] : [subset.combination];
  const periods = subset.period === null ? [...Array(P).keys()] : [subset.period];
  const picked = subset.combination === null ? null : categoriesOf(table, subset.combination);
  const dimensions = picked
    ? picked.map(({ dimension: d, index }) => ({
        ...d,
        categories: [d.categories[index] ?? ""],
        total: d.total === index ? 0 : null,
        meanCategories: d.meanCategories.includes(index) ? [0] : [],
      }))
    : table.dimensions;
  const size = subset.metrics.length * combos.length * periods.length;
  const cells = new Float64Array(size * C);
  const lines = new Int32Array(size * C);
  const national = new Float64Array(size);
  let at = 0;
  for (const m of subset.metrics)
    for (const k of combos)
      for (const p of periods) {
        const from = ((m * K + k) * P + p) * C;
        cells.set(table.cells.subarray(from, from + C), at * C);
        lines.set(table.lines.subarray(from, from + C), at * C);
        national[at] = table.national[(m * K + k) * P + p] ?? Number.NaN;
        at++;
      }
  const metrics = subset.metrics.flatMap((m) => table.metrics[m] ?? []);
  const keptPeriods = periods.map((p) => table.periods[p] ?? "");
  const merged: ImportedTable["merged"] = new Map();
  table.merged.forEach((byPeriod, key) => {
    const [id = "", k = "0"] = key.split("|");
    const newK = combos.indexOf(Number(k));
    if (!metrics.some((m) => m.id === id) || newK < 0) return;
    const kept = new Map<string, Map<string, MergedPart[]>>();
    for (const [period, byCode] of byPeriod)
      if (keptPeriods.includes(period)) kept.set(period, byCode);
    if (kept.size) merged.set(`${id}|${newK}`, kept);
  });
  return { ...table, metrics, dimensions, periods: keptPeriods, cells, lines, national, merged };
}
