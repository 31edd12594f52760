// Finds the header row of a grid of cells: title lines above it and footnotes below are set aside.

export interface Row {
  cells: string[];
  /** The row's line number in the file (1-based), for messages. */
  line: number;
}

export interface Layout {
  /** Column names, footnote marks removed; "#3" where a column has none. */
  header: string[];
  body: Row[];
  /** The header's line, or null for a table that has none (the columns are then named by number). */
  headerLine: number | null;
  /** Lines of one cell above, inside or below the table: titles, units, sources, footnotes. */
  notes: string[];
  /** The header had one field fewer than the rows (R's write.csv): an empty first column name was added. */
  headerShort: boolean;
}

/** How many cells a row has up to its last non-empty one. */
const width = (cells: readonly string[]) => {
  let n = cells.length;
  while (n > 0 && (cells[n - 1] ?? "").trim() === "") n--;
  return n;
};

const YEARISH = /^(19|20)\d\d$/;
const NUMBER = /^[-+−]?\d[\d\s\u00a0]*([.,]\d+)?\s*%?$/;

/** A footnote mark at the end of a header: "Väkiluku 1)", "Osuus (2)", "Arvo*", "Arvo¹". */
const FOOTNOTE = /\s*(\*+|\(\d{1,2}\)|\d{1,2}\)|[¹²³⁴⁵⁶⁷⁸⁹⁰]+|†+)$/;

export function cleanHeader(name: string): string {
  return name.trim().replace(FOOTNOTE, "").trim();
}

/**
 * The layout of the non-blank rows: the table's width is the most common row
 * width of two or more cells; the header is the first row at least that wide
 * less one. Rows of a single cell are notes (PxWeb's title line, "Lähde:",
 * footnotes). A header row whose cells after the first are mostly numbers other
 * than years is data: the table has no header. A header one field short of the
 * rows gets an empty first name (R writes row names that way).
 */
export function findLayout(rows: readonly Row[]): Layout {
  const tally = new Map<number, number>();
  for (const r of rows) {
    const w = width(r.cells);
    if (w >= 2) tally.set(w, (tally.get(w) ?? 0) + 1);
  }
  let tableWidth = 0;
  let most = 0;
  for (const [w, count] of tally)
    if (count > most || (count === most && w > tableWidth)) [tableWidth, most] = [w, count];
  const notes: string[] = [];
  if (tableWidth === 0) {
    // One column only: the first row is the header; nothing here can be a table of values.
    const [head, ...body] = rows;
    return {
      header: (head?.cells ?? []).map(cleanHeader),
      body,
      headerLine: head?.line ?? null,
      notes,
      headerShort: false,
    };
  }
  let start = rows.findIndex((r) => width(r.cells) >= Math.max(2, tableWidth - 1));
  if (start < 0) start = 0;
  for (const r of rows.slice(0, start)) notes.push(r.cells.join(" ").trim());
  const head = rows[start] as Row;
  const body: Row[] = [];
  for (const r of rows.slice(start + 1)) {
    if (width(r.cells) <= 1 && tableWidth > 2) notes.push(r.cells.join(" ").trim());
    else body.push(r);
  }
  const rest = head.cells.slice(1).filter((c) => c.trim() !== "");
  const numeric = rest.filter((c) => NUMBER.test(c.trim()) && !YEARISH.test(c.trim())).length;
  if (rest.length > 0 && numeric * 2 > rest.length) {
    // No header: the first row is data.
    return {
      header: Array.from({ length: tableWidth }, (_, i) => `#${i + 1}`),
      body: [head, ...body],
      headerLine: null,
      notes,
      headerShort: false,
    };
  }
  const bodyWidth = Math.max(tableWidth, ...body.slice(0, 50).map((r) => r.cells.length));
  const headerShort =
    head.cells.length === bodyWidth - 1 && width(head.cells) === head.cells.length;
  const names = headerShort ? ["", ...head.cells] : head.cells;
  const header = Array.from({ length: Math.max(names.length, tableWidth) }, (_, i) => {
    const name = cleanHeader(names[i] ?? "");
    return name || `#${i + 1}`;
  });
  return { header, body, headerLine: head.line, notes, headerShort };
}
