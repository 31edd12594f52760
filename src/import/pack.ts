// Packs the values read from a table into flat arrays by metric, category combination, period and region.
import type { ImportedDimension, MergedPart } from "../data/importedTable.ts";
import { seriesKey } from "../data/importedTable.ts";
import { type Entries, RowKind } from "./entries.ts";
import type { Notes } from "./notes.ts";

export interface Packed {
  cells: Float64Array;
  lines: Int32Array;
  national: Float64Array;
  merged: Map<string, Map<string, Map<string, MergedPart[]>>>;
  /** Decimals the values of each metric have. */
  decimals: number[];
  /** Up to 2 000 values of each metric, for telling rates by their values. */
  samples: number[][];
}

/**
 * Puts every entry in its place: `cells[((m * combos + k) * periods + p) * codes + c]`
 * and its line beside it; the whole country's rows in `national`; a merged
 * municipality's values by series, period and successor. The first of
 * duplicate rows is kept, and one note per duplicate row says so.
 */
export function pack(
  entries: Entries,
  shape: {
    dimensions: readonly ImportedDimension[];
    metrics: number;
    periods: readonly string[];
    /** The sorted position of each period as read. */
    periodAt: readonly number[];
    codes: number;
  },
  notes: Notes,
): Packed {
  const { dimensions, metrics: M, periods, periodAt, codes: C } = shape;
  const combos = dimensions.reduce((n, d) => n * Math.max(1, d.categories.length), 1);
  const P = periods.length;
  const cells = new Float64Array(M * combos * P * C).fill(Number.NaN);
  const lines = new Int32Array(M * combos * P * C);
  const national = new Float64Array(M * combos * P).fill(Number.NaN);
  const merged: Packed["merged"] = new Map();
  const decimals = new Array<number>(M).fill(0);
  const samples: number[][] = Array.from({ length: M }, () => []);
  let lastDuplicate = -1;
  for (let e = 0; e < entries.length; e++) {
    let k = 0;
    for (let d = 0; d < dimensions.length; d++)
      k =
        k * Math.max(1, (dimensions[d] as ImportedDimension).categories.length) +
        ((entries.dims[d] as number[])[e] ?? 0);
    const m = entries.metric[e] as number;
    const p = periodAt[entries.period[e] as number] as number;
    const v = entries.value[e] as number;
    const line = entries.line[e] as number;
    if (Number.isFinite(v)) {
      const places = (String(v).split(".")[1] ?? "").length;
      if (places > (decimals[m] as number)) decimals[m] = places;
      const s = samples[m] as number[];
      if (s.length < 2000) s.push(v);
    }
    const kind = entries.kind[e];
    if (kind === RowKind.Country) {
      const at = (m * combos + k) * P + p;
      if (Number.isNaN(national[at] as number) && Number.isFinite(v)) national[at] = v;
      continue;
    }
    if (kind === RowKind.Merged) {
      const part = entries.merged[e];
      if (!part) continue;
      const key = seriesKey(`c${m + 1}`, k);
      const byPeriod = merged.get(key) ?? new Map<string, Map<string, MergedPart[]>>();
      merged.set(key, byPeriod);
      const period = periods[p] as string;
      const byCode = byPeriod.get(period) ?? new Map<string, MergedPart[]>();
      byPeriod.set(period, byCode);
      const { into, ...kept } = part;
      byCode.set(into, [...(byCode.get(into) ?? []), kept]);
      continue;
    }
    const at = ((m * combos + k) * P + p) * C + (entries.code[e] as number);
    if (!Number.isNaN(cells[at] as number)) {
      if (line !== lastDuplicate) notes.add("duplicate", line, "");
      lastDuplicate = line;
      continue;
    }
    cells[at] = v;
    lines[at] = line;
  }
  return { cells, lines, national, merged, decimals, samples };
}
