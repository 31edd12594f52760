// Reads a user's table (CSV/TSV text) into region values, or says precisely what is wrong.
import { dsvFormat } from "d3-dsv";
import type { Region } from "../data/atlas.ts";
import type { ImportedTable } from "../data/dataset.ts";
import { normalizeName, regionMatcher } from "../data/regionMatcher.ts";
import { type Delimiter, detectDelimiter } from "./delimiter.ts";
import { parseNumber } from "./numbers.ts";
import { nearest } from "./suggest.ts";

export const MAX_BYTES = 5 * 1024 * 1024;
export const MAX_ROWS = 10_000;
/** More problems than this are summed up as one count. */
export const MAX_LISTED = 50;

/** A problem found in the table; `row` is the line number in the file (the header is line 1). */
export type ImportIssue =
  | { code: "tooLarge"; bytes: number }
  | { code: "tooManyRows"; rows: number }
  | { code: "empty" }
  | { code: "noNumericColumn" }
  | { code: "emptyRegion"; row: number }
  /** `suggestion` is the code of the region the name most resembles. */
  | { code: "unknownRegion"; row: number; name: string; suggestion?: string }
  | { code: "duplicateRegion"; row: number; name: string; firstRow: number }
  | { code: "notNumber"; row: number; column: string; value: string }
  | { code: "moreIssues"; count: number };

export type ImportResult =
  | { ok: true; table: ImportedTable & { delimiter: Delimiter } }
  | { ok: false; issues: ImportIssue[] };

const AREA_HEADER = /työllisyysalue|tyollisyysalue|sysselsättningsområde|employment/i;
const COUNTY_HEADER = /hyvinvointialue|välfärdsområde|county|maakunta/i;

/**
 * Parses the text with its detected delimiter; the first row is the header and
 * the first column names the region. The level is the one whose names and codes
 * match more rows (a first header naming the level decides a tie). A column is
 * numeric when most of its non-empty cells are numbers; its other cells are
 * errors. Never throws: every problem is an issue in the result, and nothing is
 * returned to draw unless there is none.
 */
export function importTable(
  text: string,
  regions: { counties: readonly Region[]; areas: readonly Region[] },
): ImportResult {
  if (text.length > MAX_BYTES)
    return { ok: false, issues: [{ code: "tooLarge", bytes: text.length }] };
  const delimiter = detectDelimiter(text);
  // Blank rows are skipped, but every row keeps its line number in the file for messages.
  const rows = dsvFormat(delimiter)
    .parseRows(text)
    .map((cells, i) => ({ cells, line: i + 1 }))
    .filter((r) => r.cells.some((c) => c.trim() !== ""));
  if (rows.length - 1 > MAX_ROWS)
    return { ok: false, issues: [{ code: "tooManyRows", rows: rows.length - 1 }] };
  const header = rows[0]?.cells ?? [];
  const lines = rows.slice(1).map((r) => r.line);
  const body = rows.slice(1).map((r) => r.cells);
  if (body.length === 0) return { ok: false, issues: [{ code: "empty" }] };

  const names = body.map((r) => (r[0] ?? "").trim());
  const counties = regionMatcher(regions.counties);
  const areas = regionMatcher(regions.areas);
  const hits = (m: typeof counties) => names.filter((n) => m.match(n) !== undefined).length;
  const [countyHits, areaHits] = [hits(counties), hits(areas)];
  const first = header[0] ?? "";
  const level: ImportedTable["level"] =
    areaHits > countyHits ||
    (areaHits === countyHits && AREA_HEADER.test(first) && !COUNTY_HEADER.test(first))
      ? "employmentArea"
      : "county";
  const matcher = level === "employmentArea" ? areas : counties;
  const known = level === "employmentArea" ? regions.areas : regions.counties;

  const issues: ImportIssue[] = [];
  const columns: { index: number; name: string }[] = [];
  const ignoredColumns: string[] = [];
  for (let c = 1; c < header.length; c++) {
    const cells = body.map((r) => r[c] ?? "").filter((v) => v.trim() !== "");
    const numbers = cells.filter((v) => !Number.isNaN(parseNumber(v))).length;
    const name = (header[c] ?? "").trim() || `#${c + 1}`;
    if (numbers > 0 && numbers * 2 >= cells.length) columns.push({ index: c, name });
    else ignoredColumns.push(name);
  }
  if (columns.length === 0) issues.push({ code: "noNumericColumn" });

  const values = new Map<string, (number | null)[]>();
  const rowOf = new Map<string, number>();
  for (const [i, r] of body.entries()) {
    const row = lines[i] ?? i + 2;
    const name = names[i] ?? "";
    if (!name) {
      issues.push({ code: "emptyRegion", row });
      continue;
    }
    const code = matcher.match(name);
    if (code === undefined) {
      const key = nearest(normalizeName(name), matcher.aliases.keys());
      const region = key ? known.find((k) => k.code === matcher.aliases.get(key)) : undefined;
      issues.push({
        code: "unknownRegion",
        row,
        name,
        ...(region ? { suggestion: region.code } : {}),
      });
      continue;
    }
    const firstRow = rowOf.get(code);
    if (firstRow !== undefined) {
      issues.push({ code: "duplicateRegion", row, name, firstRow });
      continue;
    }
    rowOf.set(code, row);
    values.set(
      code,
      columns.map(({ index, name: column }) => {
        const cell = r[index] ?? "";
        const value = parseNumber(cell);
        if (Number.isNaN(value)) {
          issues.push({ code: "notNumber", row, column, value: cell.trim() });
          return null;
        }
        return value;
      }),
    );
  }
  if (issues.length) {
    const listed = issues.slice(0, MAX_LISTED);
    if (issues.length > MAX_LISTED)
      listed.push({ code: "moreIssues", count: issues.length - MAX_LISTED });
    return { ok: false, issues: listed };
  }
  return {
    ok: true,
    table: {
      level,
      columns: columns.map((c) => c.name),
      values,
      missing: known
        .map((k) => k.code)
        .filter((c) => !values.has(c))
        .sort(),
      ignoredColumns,
      delimiter,
    },
  };
}
