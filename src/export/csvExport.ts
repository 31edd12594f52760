// The values behind the current view as CSV, safe to open in a spreadsheet.
import { csvFormatRows } from "d3-dsv";

/**
 * A text cell that a spreadsheet would read as a formula (starting with =, +,
 * -, @, a tab or a carriage return) gets a leading apostrophe, so it stays text.
 * Numbers are written as they are (a negative number is not a formula).
 */
export function safeCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** CSV text (with a byte-order mark, so Excel reads UTF-8) of a header and rows. */
export function toCsv(
  header: readonly string[],
  rows: readonly (readonly (string | number | null)[])[],
): string {
  return `\ufeff${csvFormatRows([header.map(safeCell), ...rows.map((r) => r.map(safeCell))])}\n`;
}
