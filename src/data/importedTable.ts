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
  /** values.get(metric)?.get(period)?.get(code): null for a missing-value mark. */
  values: Map<string, Map<string, Map<string, number | null>>>;
  /** The whole-country row's values, by metric and period. */
  national: Map<string, Map<string, number>>;
  /** Values of municipalities that have merged since, by metric, period and the code they joined. */
  merged: Map<string, Map<string, Map<string, number[]>>>;
  reading: Reading;
  notes: ImportNote[];
}
