// Reads the first sheet of an Excel workbook into rows of text; the library loads only when a workbook arrives.
import type { Row } from "./layout.ts";

/**
 * The first worksheet's rows as text, blank rows left out, each with its row
 * number in the sheet. Numbers are written as JavaScript writes them (a decimal
 * point, no thousands separators), so they read back exactly. Uses SheetJS
 * (@e965/xlsx, a republication of the 0.20 release without the advisories of
 * the npm 0.18 line).
 */
export async function xlsxRows(bytes: Uint8Array): Promise<{ rows: Row[]; sheet: string }> {
  const XLSX = await import("@e965/xlsx");
  const book = XLSX.read(bytes, {
    type: "array",
    cellDates: false,
    cellHTML: false,
    cellFormula: false,
  });
  const sheet = book.SheetNames[0] ?? "";
  const ws = book.Sheets[sheet];
  if (!ws) return { rows: [], sheet };
  const grid = XLSX.utils.sheet_to_json<unknown[]>(ws, {
    header: 1,
    raw: true,
    defval: "",
    blankrows: true,
  });
  const rows: Row[] = [];
  grid.forEach((cells, i) => {
    const text = cells.map((c) => (c === null || c === undefined ? "" : String(c)));
    if (text.some((t) => t.trim() !== "")) rows.push({ cells: text, line: i + 1 });
  });
  return { rows, sheet };
}
