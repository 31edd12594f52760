// Reads the sheet of an Excel workbook that holds a table into rows of text, in a worker of its own and within budgets.
import type { Row } from "./layout.ts";

/**
 * The rows of a worksheet as text, blank rows left out, each with its row
 * number in the sheet: the sheet named by `wanted`, else the one that holds a
 * table (a first sheet of definitions is passed over); the sheet's real extent
 * is read, not its declared `<dimension>`. Numbers are written as JavaScript
 * writes them (a decimal point, no thousands separators), so they read back
 * exactly. The reading runs in the workbook worker with budgets of time,
 * unpacked bytes and cells (src/workbook/): a workbook over one rejects with a
 * message that says which.
 */
export async function xlsxRows(
  bytes: Uint8Array,
  wanted?: string,
): Promise<{ rows: Row[]; sheet: string; sheets: string[] }> {
  const { readWorkbookWithin } = await import("../workbook/runWorkbook.ts");
  return readWorkbookWithin(bytes, wanted);
}
