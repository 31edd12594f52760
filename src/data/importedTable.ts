// A user's table as the import reads it: region × period × dimensions × measures, with the line of every value.
import type { LevelId } from "./levels.ts";
import type { RegionTypeId } from "./regionTypes.ts";

/** How a metric's municipality values combine into a larger region's value. */
export type AggregationRule = "sum" | "mean";

/** What made a metric's rule a mean: its header, its unit or metadata, or values that look like rates. */
export type RuleEvidence = "label" | "unit" | "values" | null;

export interface ImportedMetric {
  /** `c1`, `c2`… in the order the file gives them. */
  id: string;
  /** The column's name, with the category of a measure dimension ("Tiedot"): "Miehet – Äänestysprosentti". */
  label: string;
  /** "sum" for counts and euros, "mean" (population-weighted) for rates, shares, per-capita figures and indices. */
  rule: AggregationRule;
  /** Why it is a mean; null for a sum. */
  evidence?: RuleEvidence;
  /** Decimals its values have (at most 2), or the metadata's. */
  digits: number;
  /** The unit the metadata gives ("%", "henkilöä", "euroa / asukas"). */
  unit?: string;
}

/**
 * A categorical column that varies within a region and period (age, sex, ATC
 * code, benefit type): one category of it is shown at a time, never summed
 * with another.
 */
export interface ImportedDimension {
  /** `d1`, `d2`… in the order of the file's columns. */
  id: string;
  name: string;
  /** Its categories in the file's order. */
  categories: string[];
  /** Its total category ("Yhteensä", "Kaikki", "Total", "SSS", PxWeb's elimination value); null where it has none. */
  total: number | null;
  /** Categories whose values are shares or rates ("Osuus, %"): a metric shown for one of them is a mean. */
  meanCategories: number[];
}

/** A categorical column with one value per region ("Maakunta", "Kielet"): shown with the region, never a metric. */
export interface ImportedAttribute {
  name: string;
  /** The value by code of the table's rows. */
  values: Record<string, string>;
}

/** A value of a municipality that has merged since, joined to its successor. */
export interface MergedPart {
  /** The old code and name as the file gives them. */
  code: string;
  name: string;
  value: number | null;
  line: number;
}

/** A kind of row or cell that was set aside or needs a word; each is listed once with a count. */
export type NoteKind =
  | "country"
  | "mainland"
  | "total"
  | "outside"
  | "subArea"
  | "otherLevel"
  | "otherType"
  | "unknown"
  | "merged"
  | "duplicate"
  | "notNumber"
  | "tooLargeNumber"
  | "emptyRegion"
  | "ignoredColumns"
  | "constantColumns"
  | "attributeColumns"
  | "codeNameConflict"
  | "invalidPeriod"
  | "olderDivision";

export interface ImportNote {
  kind: NoteKind;
  count: number;
  /** Line numbers in the file of the first few. */
  rows: number[];
  /** The first few cells or names concerned. */
  examples: string[];
  /** For "otherLevel": the level those rows belong to; for "unknown": suggestions by example. */
  level?: LevelId;
  /** For "otherType": the region type concerned. */
  type?: RegionTypeId;
  suggestions?: (string | null)[];
}

/** How the file was read, shown to the user, who may change the region column and the level. */
export interface Reading {
  /** "utf-8", "windows-1252", "utf-16le"…, "xlsx", "px" or "json-stat". */
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
  /** The dimensions' names (each with a picker). */
  dimensions: string[];
  /** The measure dimension ("Tiedot") whose categories name metrics, if any. */
  measureDimension?: string | null;
  attributes?: string[];
  /** Lines of one cell (titles, sources, footnotes), or the metadata's title, source and notes. */
  notes: string[];
  /** The year of an older regional division the file says its regions follow ("2018"); absent for today's. */
  division?: string;
  /** A workbook's sheets and the one read. */
  sheets?: string[];
  sheet?: string;
}

/** Rows of a region type the map does not draw, put on a drawn level through their municipalities. */
export interface SourceRegions {
  type: RegionTypeId;
  /** Every region of the type, with its names and municipalities (from the geo build). */
  regions: { code: string; name: string; members: string[] }[];
  /** The drawn levels its values can be shown at (those its regions mostly lie whole within). */
  levels?: LevelId[];
}

export interface ImportedTable {
  /** The file name. */
  name: string;
  /** The level shown by default: the rows' own, or the drawn level a region type is aggregated to. */
  level: LevelId;
  /** Rows of a region type the map does not draw; null when the rows are of `level`. */
  source: SourceRegions | null;
  /** In time order; [""] for a table without periods. */
  periods: string[];
  metrics: ImportedMetric[];
  dimensions: ImportedDimension[];
  attributes: ImportedAttribute[];
  /** Codes of the regions (of `level`, or of `source.type`) the table has a row for, in file order. */
  codes: string[];
  /**
   * The values, metric by metric, category combination by combination, period
   * by period, code by code: `cells[((m * combos + k) * periods.length + p) * codes.length + c]`
   * (see `combinations`); NaN where the table has no row, Infinity where its
   * cell is a missing-value mark. One flat array, handed over from the import
   * worker without a copy.
   */
  cells: Float64Array;
  /** The file line each value came from (0 where none), in the shape of `cells`. */
  lines: Int32Array;
  /** The whole-country row's values, `national[(m * combos + k) * periods.length + p]`; NaN where there is none. */
  national: Float64Array;
  /** Values of municipalities that have merged since, by `seriesKey`, period and the code they joined. */
  merged: Map<string, Map<string, Map<string, MergedPart[]>>>;
  reading: Reading;
  notes: ImportNote[];
}

/** How many category combinations the dimensions make (1 without dimensions). */
export function combinations(table: Pick<ImportedTable, "dimensions">): number {
  return table.dimensions.reduce((n, d) => n * Math.max(1, d.categories.length), 1);
}

/** The key of a metric in one category combination (merged values are kept by it). */
export const seriesKey = (metric: string, combination: number) => `${metric}|${combination}`;

/**
 * The combination of a choice of categories by dimension id: each dimension's
 * chosen category, else its total, else its first. Unknown ids and categories
 * are ignored.
 */
export function combinationOf(
  table: Pick<ImportedTable, "dimensions">,
  choice: Readonly<Record<string, string>>,
): number {
  let k = 0;
  for (const d of table.dimensions) {
    const chosen = choice[d.id];
    const i = chosen === undefined ? -1 : d.categories.indexOf(chosen);
    k = k * Math.max(1, d.categories.length) + (i >= 0 ? i : (d.total ?? 0));
  }
  return k;
}

/** The category of each dimension in a combination. */
export function categoriesOf(table: Pick<ImportedTable, "dimensions">, combination: number) {
  const picked: { dimension: ImportedDimension; index: number }[] = [];
  let k = combination;
  for (const d of [...table.dimensions].reverse()) {
    const n = Math.max(1, d.categories.length);
    picked.unshift({ dimension: d, index: k % n });
    k = Math.floor(k / n);
  }
  return picked;
}

interface TableIndex {
  metric: Map<string, number>;
  period: Map<string, number>;
  code: Map<string, number>;
  combos: number;
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
      combos: combinations(table),
    };
    indexes.set(table, index);
  }
  return index;
}

/** The position of a cell in `cells` and `lines`, or -1 where the table has no such metric, period or code. */
function position(
  table: ImportedTable,
  metric: string,
  period: string,
  code: string,
  combination: number,
): number {
  const i = indexOf(table);
  const m = i.metric.get(metric);
  const p = i.period.get(period);
  const c = i.code.get(code);
  if (m === undefined || p === undefined || c === undefined) return -1;
  if (combination < 0 || combination >= i.combos) return -1;
  return ((m * i.combos + combination) * table.periods.length + p) * table.codes.length + c;
}

/** A cell of the table: its value, null for a missing-value mark, undefined where there is no row. */
export function tableCell(
  table: ImportedTable,
  metric: string,
  period: string,
  code: string,
  combination = 0,
): number | null | undefined {
  const at = position(table, metric, period, code, combination);
  const v = at < 0 ? Number.NaN : (table.cells[at] ?? Number.NaN);
  return Number.isNaN(v) ? undefined : v === Number.POSITIVE_INFINITY ? null : v;
}

/** The file line a cell came from; null where the table has no row. */
export function cellLine(
  table: ImportedTable,
  metric: string,
  period: string,
  code: string,
  combination = 0,
): number | null {
  const at = position(table, metric, period, code, combination);
  const line = at < 0 ? 0 : (table.lines[at] ?? 0);
  return line > 0 ? line : null;
}

/** Whether the table has a row for the code in the period (any metric). */
export function hasRow(
  table: ImportedTable,
  period: string,
  code: string,
  combination = 0,
): boolean {
  return table.metrics.some((m) => tableCell(table, m.id, period, code, combination) !== undefined);
}

/** The whole-country row's value, if the table has one. */
export function tableNational(
  table: ImportedTable,
  metric: string,
  period: string,
  combination = 0,
): number | undefined {
  const i = indexOf(table);
  const m = i.metric.get(metric);
  const p = i.period.get(period);
  if (m === undefined || p === undefined || combination < 0 || combination >= i.combos)
    return undefined;
  const v = table.national[(m * i.combos + combination) * table.periods.length + p] ?? Number.NaN;
  return Number.isNaN(v) ? undefined : v;
}
