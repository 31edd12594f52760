// The values behind the current view as CSV, safe to open in a spreadsheet.
import { dsvFormat } from "d3-dsv";
import type { Lang } from "../i18n/language.ts";

/** How a spreadsheet of the language reads CSV: its field separator and decimal mark. */
export interface CsvDialect {
  separator: "," | ";";
  decimal: "." | ",";
}

/**
 * Finnish and Swedish Excel (a Finnish locale) split at ";" and read "3,5" as a
 * number; English keeps the comma and point. Every file starts with a UTF-8 BOM.
 */
export const CSV_DIALECTS: Readonly<Record<Lang, CsvDialect>> = {
  fi: { separator: ";", decimal: "," },
  sv: { separator: ";", decimal: "," },
  en: { separator: ",", decimal: "." },
};

/**
 * Where a spreadsheet may start a cell: the start of the text, and after any
 * character it may split a line at when it guesses the separator (a Finnish
 * spreadsheet splits at ";", others at "," or a tab) or after a line break
 * (CR, LF, and the Unicode line and paragraph separators U+2028, U+2029, NEL,
 * vertical tab and form feed), past spaces and quotes (`x;"=1+1"` splits into
 * a quoted cell that is a formula).
 */
const CELL_START =
  /(^|[;,\t\r\n|\u2028\u2029\u0085\v\f])([\s"]*)(?=[=+\-@\uff1d\uff0b\uff0d\uff20])/g;

/**
 * The one formula guard of every export: text that a spreadsheet would run as
 * a formula, at the start of the cell or at the start of any piece it might be
 * split into (`x;=HYPERLINK(…)`), starting with = + - @ or their full-width
 * forms (＝ ＋ － ＠), gets an apostrophe there, so it stays text. A cell that
 * starts with a tab or carriage return gets one too. Numbers are written as they
 * are (a negative number is no formula); a number that is not finite is empty.
 */
export function safeCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  const guarded = value.replace(CELL_START, "$1$2'");
  return /^[\t\r]/.test(guarded) ? `'${guarded}` : guarded;
}

/**
 * CSV text (with a byte-order mark, so Excel reads UTF-8) of a header and rows,
 * in a dialect (default: comma and decimal point). A field holding the
 * separator, a quote or a line break is quoted.
 */
export function toCsv(
  header: readonly string[],
  rows: readonly (readonly (string | number | null)[])[],
  dialect: CsvDialect = CSV_DIALECTS.en,
): string {
  // A number's one decimal point becomes the dialect's mark; text is left as it is.
  const cell = (v: string | number | null) =>
    typeof v === "number" ? safeCell(v).replace(".", dialect.decimal) : safeCell(v);
  const text = dsvFormat(dialect.separator).formatRows([
    header.map(cell),
    ...rows.map((r) => r.map(cell)),
  ]);
  return `\ufeff${text}\n`;
}
