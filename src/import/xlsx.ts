// Reads the first sheet of an Excel workbook into rows of text; the reader loads only when a workbook arrives.
import type { Row } from "./layout.ts";

/**
 * The first worksheet's rows as text, blank rows left out, each with its row
 * number in the sheet. Numbers are written as JavaScript writes them (a decimal
 * point, no thousands separators), so they read back exactly; text is kept as
 * written (not trimmed); a cell formatted as a date becomes its ISO date
 * ("2024-12-31"). Uses read-excel-file (fflate and a streaming XML parser,
 * some 17 kB gzip; SheetJS, used before, was some 160 kB).
 */
export async function xlsxRows(bytes: Uint8Array): Promise<{ rows: Row[] }> {
  const { readSheet } = await import("read-excel-file/universal");
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  const grid = await readSheet(buffer as ArrayBuffer, 1, { trim: false });
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
  return { rows };
}
