// PxWeb's and R's exports of a cube write a repeated category once, on the first row of its block: fill it down.
import type { Row } from "./layout.ts";
import { parseNumber } from "./numbers.ts";
import { parsePeriod } from "./periods.ts";

const blank = (v: string | undefined) => {
  const t = (v ?? "").trim();
  return t === "" || t === "NA";
};

/**
 * Fills the blank cells (empty or R's "NA") of a column of categories with the
 * category above them, where the column is written that way: at least 40 % of
 * its cells blank, and its other cells text or periods, never values (a
 * value column's blanks are missing values and stay so). Rows above the first
 * category stay blank. Returns new rows; the input is not changed.
 */
export function fillDown(body: readonly Row[], width: number): Row[] {
  if (body.length < 3) return [...body];
  const fill: number[] = [];
  for (let c = 0; c < width; c++) {
    let blanks = 0;
    let words = 0;
    let numbers = 0;
    for (const r of body) {
      const v = r.cells[c];
      if (blank(v)) blanks++;
      else if (parsePeriod(v ?? "") || Number.isNaN(parseNumber(v ?? ""))) words++;
      else numbers++;
    }
    if (blanks >= body.length * 0.4 && words > 0 && numbers === 0) fill.push(c);
  }
  if (!fill.length) return [...body];
  const last = new Map<number, string>();
  return body.map((r) => {
    const cells = [...r.cells];
    for (const c of fill) {
      if (blank(cells[c])) {
        const above = last.get(c);
        if (above !== undefined) cells[c] = above;
      } else last.set(c, cells[c] ?? "");
    }
    return { cells, line: r.line };
  });
}
