// How much of a table a sheet holds: the sheet a workbook is read from is the one that holds one.
import type { Row } from "../import/layout.ts";
import { parseNumber } from "../import/numbers.ts";

/** The numbers in rows of two or more cells (a sheet of definitions has few). */
export function tableScore(rows: readonly Row[]): number {
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

/** The sheet named `wanted` if there is one, else the one that holds the most table. */
export function pickSheet<S extends { sheet: string; rows: Row[] }>(
  sheets: readonly S[],
  wanted?: string,
): S | undefined {
  const named = wanted ? sheets.find((s) => s.sheet === wanted) : undefined;
  if (named) return named;
  let best: S | undefined;
  let bestScore = -1;
  for (const s of sheets) {
    const score = tableScore(s.rows);
    if (score > bestScore) [best, bestScore] = [s, score];
  }
  return best;
}
