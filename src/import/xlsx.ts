// Reads the sheet of an Excel workbook that holds a table into rows of text; the reader loads only when a workbook arrives.
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
 * (a decimal point, no thousands separators), so they read back exactly; text
 * is kept as written (not trimmed); a cell formatted as a date becomes its ISO
 * date ("2024-12-31"). Uses read-excel-file (fflate and a streaming XML parser,
 * some 17 kB gzip; SheetJS, used before, was some 160 kB).
 */
export async function xlsxRows(
  bytes: Uint8Array,
  wanted?: string,
): Promise<{ rows: Row[]; sheet: string; sheets: string[] }> {
  const { default: readWorkbook } = await import("read-excel-file/universal");
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  const book = await readWorkbook(buffer as ArrayBuffer, { trim: false });
  const rowsOf = (grid: readonly (readonly unknown[])[]): Row[] => {
    const rows: Row[] = [];
    grid.forEach((cells, i) => {
      const text = cells.map((c) =>
        c === null || c === undefined
          ? ""
          : c instanceof Date
            ? c.toISOString().slice(0, 10)
            : String(c),
      );
      if (text.some((t) => t.trim() !== "")) rows.push({ cells: text, line: i + 1 });
    });
    return rows;
  };
  const sheets = book.map((s) => s.sheet);
  const named = wanted ? book.find((s) => s.sheet === wanted) : undefined;
  if (named) return { rows: rowsOf(named.data), sheet: named.sheet, sheets };
  let best = { rows: [] as Row[], sheet: sheets[0] ?? "", score: -1 };
  for (const s of book) {
    const rows = rowsOf(s.data);
    const score = tableScore(rows);
    if (score > best.score) best = { rows, sheet: s.sheet, score };
  }
  return { rows: best.rows, sheet: best.sheet, sheets };
}
