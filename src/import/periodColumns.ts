// The period of a table's rows: a column of periods, and a month or quarter in a column of its own beside a year.
import {
  MONTH_HEADER,
  PERIOD_HEADER,
  parseMonth,
  parsePeriod,
  parseQuarter,
  QUARTER_HEADER,
} from "./periods.ts";

/**
 * The period column: one headed as a period ("Vuosi", "Kuukausi", "Tid") that
 * holds periods, else one whose every value is a period other than a bare
 * year (a column of bare years could be values). Beside a column of years, a
 * column headed as a month or quarter whose every value is one is its part.
 */
export function periodColumns(
  header: readonly string[],
  columns: readonly number[],
  nonEmpty: (c: number) => string[],
): { column: number | null; part: { column: number; kind: "month" | "quarter" } | null } {
  const column =
    columns.find(
      (c) => PERIOD_HEADER.test(header[c] ?? "") && nonEmpty(c).some((v) => parsePeriod(v)),
    ) ??
    columns.find((c) => {
      const values = nonEmpty(c);
      return values.length > 0 && values.every((v) => parsePeriod(v) && !/^\d{4}$/.test(v));
    }) ??
    null;
  if (column === null || !nonEmpty(column).every((v) => /^\d{4}$/.test(v)))
    return { column, part: null };
  const part = columns.find(
    (c) =>
      (MONTH_HEADER.test(header[c] ?? "") && nonEmpty(c).every((v) => parseMonth(v) !== null)) ||
      (QUARTER_HEADER.test(header[c] ?? "") && nonEmpty(c).every((v) => parseQuarter(v) !== null)),
  );
  return {
    column,
    part:
      part === undefined
        ? null
        : { column: part, kind: MONTH_HEADER.test(header[part] ?? "") ? "month" : "quarter" },
  };
}
