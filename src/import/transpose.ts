// A table whose regions are its columns ("Sarake1;UUSIMAA;VARSINAIS-SUOMI;…"), turned into one row per region.
import type { Layout, Row } from "./layout.ts";
import { parsePeriod } from "./periods.ts";
import type { CellRead, Place } from "./regionCells.ts";

/**
 * Where at least four of the header's names (after the first column) name
 * regions of one level or type, and they are at least 60 % of its names, the
 * table is read turned: each body row gives, per region column, a row of
 * (first column, region, value), with the row's own line. The value column
 * is named by the table's title. Null where the header names no regions.
 */
export function transposed(
  layout: Layout,
  read: (cell: string) => CellRead,
  title: string,
): Layout | null {
  const names = layout.header.slice(1);
  const counts = new Map<Place, number>();
  const aside: number[] = [];
  let named = 0;
  names.forEach((n, i) => {
    if (!n.trim() || /^#\d+$/.test(n)) return;
    named++;
    const r = read(n);
    if (r.kind === "aside") aside.push(i + 1);
    if (r.kind !== "region") return;
    for (const place of Object.keys(r.hits) as Place[])
      counts.set(place, (counts.get(place) ?? 0) + 1);
  });
  const best = Math.max(0, ...counts.values());
  if (best < 4 || best < named * 0.6) return null;
  const columns = names.flatMap((n, i) => (n.trim() && !/^#\d+$/.test(n) ? [i + 1] : []));
  const body: Row[] = [];
  for (const r of layout.body)
    for (const c of columns)
      body.push({
        cells: [r.cells[0] ?? "", layout.header[c] ?? "", r.cells[c] ?? ""],
        line: r.line,
      });
  // The rows' own names are periods where every one is ("Sarake1": 1997, 1998…).
  const first = layout.body.map((r) => (r.cells[0] ?? "").trim()).filter(Boolean);
  const periods = first.length > 0 && first.every((v) => parsePeriod(v) !== null);
  return {
    ...layout,
    header: [periods ? "Vuosi" : (layout.header[0] ?? "#1"), "Alue", title],
    body,
  };
}
