// The values behind the current view as CSV, safe to open in a spreadsheet.
import { csvFormatRows } from "d3-dsv";

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

/** CSV text (with a byte-order mark, so Excel reads UTF-8) of a header and rows. */
export function toCsv(
  header: readonly string[],
  rows: readonly (readonly (string | number | null)[])[],
): string {
  return `\ufeff${csvFormatRows([header.map(safeCell), ...rows.map((r) => r.map(safeCell))])}\n`;
}
