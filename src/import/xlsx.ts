// Reads the first sheet of an Excel workbook into rows of text, in a worker of its own and within budgets.
import type { Row } from "./layout.ts";

/**
 * The first worksheet's rows as text, blank rows left out, each with its row
 * number in the sheet; the sheet's real extent is read, not its declared
 * `<dimension>`. Numbers are written as JavaScript writes them (a decimal
 * point, no thousands separators), so they read back exactly. The reading runs
 * in the workbook worker with budgets of time, unpacked bytes and cells
 * (src/workbook/): a workbook over one rejects with a message that says which.
 */
export async function xlsxRows(bytes: Uint8Array): Promise<{ rows: Row[]; sheet: string }> {
  const { readWorkbookWithin } = await import("../workbook/runWorkbook.ts");
  return readWorkbookWithin(bytes);
}
