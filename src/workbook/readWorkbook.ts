// Reads a workbook's sheet that holds a table into rows within budgets of memory and cells. Runs in the workbook worker.
import type { Row } from "../import/layout.ts";
import { MAX_CELLS, MAX_UNPACKED, WorkbookBudgetError } from "./budget.ts";
import { type CellValue, cellRows, countCells } from "./sheetCells.ts";
import { storedZip } from "./storedZip.ts";
import { pickSheet } from "./tableScore.ts";
import { unpack, zipEntries } from "./zipEntries.ts";

/** The parts a table is read from: XML and relationships. Pictures, charts and macros are left packed. */
const XML_PART = /\.(xml|rels)$/i;
const WORKSHEET = /^xl\/worksheets\/[^/]+\.xml$/i;

/** What a workbook gave: the rows of the sheet read, its name, and every sheet's name. */
export interface WorkbookRead {
  rows: Row[];
  sheet: string;
  sheets: string[];
}

/**
 * The rows as text (see cellRows) of the sheet named `wanted`, else of the
 * sheet that holds a table (pickSheet: a first sheet of definitions is passed
 * over), each with its row number in the sheet. The archive's XML parts are unpacked by this module, counted
 * against MAX_UNPACKED whatever sizes the archive declares; the cells of its
 * worksheets are counted against MAX_CELLS before any is parsed; SheetJS
 * (@e965/xlsx, the 0.20 line) then reads the parts stored, with nothing left to
 * inflate, ignoring the sheets' declared `<dimension>`. A budget met is a
 * WorkbookBudgetError; an archive that cannot be read, a ZipError.
 */
export async function readWorkbook(
  bytes: Uint8Array,
  limits = { unpacked: MAX_UNPACKED, cells: MAX_CELLS },
  wanted?: string,
): Promise<WorkbookRead> {
  const budget = { used: 0, max: limits.unpacked };
  const parts: { name: string; data: Uint8Array }[] = [];
  let cells = 0;
  for (const entry of zipEntries(bytes)) {
    if (!XML_PART.test(entry.name)) continue;
    const data = await unpack(bytes, entry, budget);
    if (WORKSHEET.test(entry.name)) {
      cells += countCells(data);
      if (cells > limits.cells) throw new WorkbookBudgetError("cells", cells, limits.cells);
    }
    parts.push({ name: entry.name, data });
  }
  const XLSX = await import("@e965/xlsx");
  const book = XLSX.read(storedZip(parts), {
    type: "array",
    cellDates: false,
    cellHTML: false,
    cellFormula: false,
    cellStyles: false,
    nodim: true,
  } as Parameters<typeof XLSX.read>[1]);
  // Every sheet's cells, read sparse (only the cells present): the cells were counted above.
  const sheets = book.SheetNames.map((sheet) => {
    const ws = book.Sheets[sheet] ?? {};
    const values: CellValue[] = [];
    for (const key of Object.keys(ws)) {
      if (key.startsWith("!")) continue;
      const { r, c } = XLSX.utils.decode_cell(key);
      values.push({ r, c, value: (ws[key] as { v?: unknown }).v });
    }
    return { sheet, rows: cellRows(values) };
  });
  const picked = pickSheet(sheets, wanted);
  return {
    rows: picked?.rows ?? [],
    sheet: picked?.sheet ?? "",
    sheets: sheets.map((s) => s.sheet),
  };
}
