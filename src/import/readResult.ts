// What reading a table gives: the table, or the problems that keep it from being shown.
import type { ImportedTable, Reading } from "../data/importedTable.ts";
import type { LevelId } from "../data/levels.ts";
import type { RegionTypeId } from "../data/regionTypes.ts";
import type { ImportLevel } from "./gazetteer.ts";

/** A problem that keeps the table from being shown. */
export type ImportIssue =
  | { code: "tooLarge"; bytes: number; max: number }
  | { code: "binary"; what: string }
  | { code: "xlsxFailed"; reason: string }
  | { code: "formatFailed"; format: "px" | "json-stat"; reason: string }
  | { code: "empty" }
  | { code: "tooManyColumns"; columns: number; max: number }
  | { code: "tooManyRows"; rows: number; max: number }
  | { code: "tooManyMetrics"; metrics: number; max: number; dimensions: string[] }
  | { code: "noRegionColumn" }
  | { code: "unsupportedType"; type: RegionTypeId; column: string; rows: number }
  | { code: "ambiguousLevel"; column: string; levels: LevelId[] }
  | { code: "noNumericColumn" }
  | { code: "noRegionRows" }
  | { code: "sotkanetIds" };

export interface ReadOptions {
  /** The region column, by index: the user's choice over the guess. */
  regionColumn?: number;
  /** The level, the user's choice over the guess (and the answer to a tie). */
  level?: ImportLevel;
  /** A workbook's sheet, by name: the user's choice over the one that holds a table. */
  sheet?: string;
}

export type ReadResult =
  | { ok: true; table: ImportedTable }
  | { ok: false; issues: ImportIssue[]; reading: Reading | null };
