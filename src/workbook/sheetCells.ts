// Counts a sheet's cells in its XML without parsing it, and turns the cells read into rows. Pure.
import type { Row } from "../import/layout.ts";

const isNameByte = (b: number) =>
  (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a);

/**
 * The number of cell elements (`<c …>` or `<x:c …>`) in a worksheet's XML,
 * counted on the bytes: what reading the sheet will cost, whatever its
 * `<dimension>` claims.
 */
export function countCells(xml: Uint8Array): number {
  let cells = 0;
  for (let i = xml.indexOf(0x3c); i >= 0 && i < xml.length; i = xml.indexOf(0x3c, i + 1)) {
    let j = i + 1;
    // A namespace prefix: letters and digits up to a colon.
    let k = j;
    while (k < xml.length && k - j < 12 && isNameByte(xml[k] ?? 0)) k++;
    if (xml[k] === 0x3a) j = k + 1;
    const after = xml[j + 1];
    if (xml[j] === 0x63 && (after === 0x20 || after === 0x3e || after === 0x2f || after === 0x09))
      cells++;
  }
  return cells;
}

/** A cell as read: its row and column (from 0) and its value. */
export interface CellValue {
  r: number;
  c: number;
  value: unknown;
}

/**
 * Rows of text from the cells a sheet really has (its real extent, not its
 * declared one): one row per sheet row that holds a non-blank cell, numbered
 * as in the sheet, its cells from the first column any row uses. Numbers are
 * written as JavaScript writes them; missing cells are empty text. A stray
 * value far away costs one row of its width, never the rectangle between.
 */
export function cellRows(cells: Iterable<CellValue>): Row[] {
  const byRow = new Map<number, CellValue[]>();
  let first = Number.POSITIVE_INFINITY;
  for (const cell of cells) {
    const text = cell.value === null || cell.value === undefined ? "" : String(cell.value);
    if (text.trim() === "") continue;
    first = Math.min(first, cell.c);
    const list = byRow.get(cell.r);
    if (list) list.push(cell);
    else byRow.set(cell.r, [cell]);
  }
  return [...byRow.keys()]
    .sort((a, b) => a - b)
    .map((r) => {
      const list = byRow.get(r) ?? [];
      const width = Math.max(...list.map((c) => c.c)) - first + 1;
      const row = new Array<string>(width).fill("");
      for (const cell of list) row[cell.c - first] = String(cell.value);
      return { cells: row, line: r + 1 };
    });
}
