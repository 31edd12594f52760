// Reads the sheet of an Excel workbook that holds a table into rows of text; the library loads only when a workbook arrives.
import type { Row } from "./layout.ts";
import { parseNumber } from "./numbers.ts";

/** How much of a table a sheet's rows hold: the numbers in rows of two or more cells. */
function tableScore(rows: readonly Row[]): number {
  let numbers = 0;
  for (const r of rows) {
    const cells = r.cells.filter((c) => c.trim() !== "");
    if (cells.length < 2) continue;
    for (const c of cells) {
      const v = parseNumber(c);
      if (v !== null && !Number.isNaN(v)) numbers++;
    }
  }
  return numbers;
}

/**
 * The rows of a worksheet as text, blank rows left out, each with its row
 * number in the sheet: the sheet named by `wanted`, else the one that holds
 * a table (the most numbers in rows of two or more cells: a first sheet of
 * definitions is passed over). Numbers are written as JavaScript writes them
 * (a decimal point, no thousands separators), so they read back exactly.
 * Uses SheetJS (@e965/xlsx, a republication of the 0.20 release without the
 * advisories of the npm 0.18 line).
 */
export async function xlsxRows(
  bytes: Uint8Array,
  wanted?: string,
): Promise<{ rows: Row[]; sheet: string; sheets: string[] }> {
  const XLSX = await import("@e965/xlsx");
  const book = XLSX.read(bytes, {
    type: "array",
    cellDates: false,
    cellHTML: false,
    cellFormula: false,
  });
  const rowsOf = (name: string): Row[] => {
    const ws = book.Sheets[name];
    if (!ws) return [];
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
    return rows;
  };
  const sheets = book.SheetNames;
  if (wanted && sheets.includes(wanted)) return { rows: rowsOf(wanted), sheet: wanted, sheets };
  let best = { rows: [] as Row[], sheet: sheets[0] ?? "", score: -1 };
  for (const sheet of sheets) {
    const rows = rowsOf(sheet);
    const score = tableScore(rows);
    if (score > best.score) best = { rows, sheet, score };
  }
  return { rows: best.rows, sheet: best.sheet, sheets };
}
