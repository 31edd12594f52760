// A user's table as the import reads it: values by metric, period and region code of one level.
import type { LevelId } from "./levels.ts";

/** How a metric's municipality values combine into a larger region's value. */
export type AggregationRule = "sum" | "mean";

export interface ImportedMetric {
  /** `c1`, `c2`… in the order the file gives them. */
  id: string;
  /** The column's name, with the values of the table's varying dimensions: "Miehet – 0–14". */
  label: string;
  /** Guessed from the label: "sum" for counts and euros, "mean" (population-weighted) for rates, shares and per-capita figures. */
  rule: AggregationRule;
  /** Decimals its values have (at most 2). */
  digits: number;
}

/** A kind of row or cell that was set aside or needs a word; each is listed once with a count. */
export type NoteKind =
  | "country"
  | "mainland"
  | "total"
  | "outside"
  | "subArea"
  | "hospitalDistrict"
  | "subRegion"
  | "otherLevel"
  | "unknown"
  | "merged"
  | "duplicate"
  | "notNumber"
  | "tooLargeNumber"
  | "emptyRegion"
  | "ignoredColumns"
  | "constantColumns";

export interface ImportNote {
  kind: NoteKind;
  count: number;
  /** Line numbers in the file of the first few. */
  rows: number[];
  /** The first few cells or names concerned. */
  examples: string[];
  /** For "otherLevel": the level those rows belong to; for "unknown": suggestions by example. */
  level?: LevelId;
  suggestions?: (string | null)[];
}

/** How the file was read, shown to the user, who may change the region column and the level. */
export interface Reading {
  /** "utf-8", "windows-1252", "utf-16le"…, or "xlsx". */
  encoding: string;
  delimiter: string | null;
  /** The header's line in the file; null when the table has none. */
  headerLine: number | null;
  headerShort: boolean;
  columns: string[];
  regionColumn: number;
  level: LevelId;
  /** Levels the region column could be read as, with how many of its rows each matches. */
  candidates: { level: LevelId; matched: number; regions: number }[];
  /** Rows the region column holds, set-aside rows included. */
  rows: number;
  periodColumn: number | null;
  periodsInHeaders: boolean;
  dimensions: string[];
  /** Lines of one cell (titles, sources, footnotes). */
  notes: string[];
}

export interface ImportedTable {
  /** The file name. */
  name: string;
  level: LevelId;
  /** In time order; [""] for a table without periods. */
  periods: string[];
  metrics: ImportedMetric[];
  /** Codes of the level's regions the table has a row for, in file order. */
  codes: string[];
  /**
   * The values, metric by metric, period by period, code by code:
   * `cells[(m * periods.length + p) * codes.length + c]`; NaN where the table has
   * no row, Infinity where its cell is a missing-value mark (values themselves are
   * finite). One flat array, handed over from the import worker without a copy.
   */
  cells: Float64Array;
  /** The whole-country row's values, `national[m * periods.length + p]`; NaN where there is none. */
  national: Float64Array;
  /** Values of municipalities that have merged since, by metric, period and the code they joined. */
  merged: Map<string, Map<string, Map<string, number[]>>>;
  reading: Reading;
  notes: ImportNote[];
}

interface TableIndex {
  metric: Map<string, number>;
  period: Map<string, number>;
  code: Map<string, number>;
}
const indexes = new WeakMap<ImportedTable, TableIndex>();
function indexOf(table: ImportedTable): TableIndex {
  let index = indexes.get(table);
  if (!index) {
    const positions = (list: readonly string[]) => new Map(list.map((v, i) => [v, i]));
    index = {
      metric: positions(table.metrics.map((m) => m.id)),
      period: positions(table.periods),
      code: positions(table.codes),
    };
    indexes.set(table, index);
  }
  return index;
}

/** A cell of the table: its value, null for a missing-value mark, undefined where there is no row. */
export function tableCell(
  table: ImportedTable,
  metric: string,
  period: string,
  code: string,
): number | null | undefined {
  const i = indexOf(table);
  const m = i.metric.get(metric);
  const p = i.period.get(period);
  const c = i.code.get(code);
  if (m === undefined || p === undefined || c === undefined) return undefined;
  const v = table.cells[(m * table.periods.length + p) * table.codes.length + c] ?? Number.NaN;
  return Number.isNaN(v) ? undefined : v === Number.POSITIVE_INFINITY ? null : v;
}

/** Whether the table has a row for the code in the period (any metric). */
export function hasRow(table: ImportedTable, period: string, code: string): boolean {
  return table.metrics.some((m) => tableCell(table, m.id, period, code) !== undefined);
}

/** The whole-country row's value, if the table has one. */
export function tableNational(
  table: ImportedTable,
  metric: string,
  period: string,
): number | undefined {
  const i = indexOf(table);
  const m = i.metric.get(metric);
  const p = i.period.get(period);
  if (m === undefined || p === undefined) return undefined;
  const v = table.national[m * table.periods.length + p] ?? Number.NaN;
  return Number.isNaN(v) ? undefined : v;
}
