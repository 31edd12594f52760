// Numbers that are categories: a column of ages (Yhteensä, 0, 1, … 100 -) keys a table's rows, it holds no values.
import type { Row } from "./layout.ts";
import { isTotalCategory } from "./totals.ts";

const cell = (r: Row, c: number) => (r.cells[c] ?? "").trim();

/**
 * Whether a column of numbers is a key of the rows: a region and period have
 * several rows, and the column gives each of them the same set of values
 * (ages 0–100 in every municipality), or a total among them ("Yhteensä").
 * A column of values differs from region to region.
 */
export function isKeyColumn(
  sample: readonly Row[],
  c: number,
  regionOf: (r: Row) => string | null,
  periodOf: (r: Row) => string,
): boolean {
  const groups = new Map<string, string[]>();
  let total = false;
  for (const r of sample) {
    const region = regionOf(r);
    if (region === null) continue;
    const v = cell(r, c);
    if (isTotalCategory(v)) total = true;
    const key = `${region}\u0000${periodOf(r)}`;
    groups.set(key, [...(groups.get(key) ?? []), v]);
  }
  const sets = [...groups.values()]
    .filter((g) => g.length > 1)
    .map((g) => [...g].sort().join("\u0000"));
  if (sets.length < 2 || sets.length * 2 < groups.size) return false;
  if (total) return true;
  const common = new Map<string, number>();
  for (const s of sets) common.set(s, (common.get(s) ?? 0) + 1);
  return (
    Math.max(...common.values()) >= sets.length * 0.8 && (sets[0]?.split("\u0000").length ?? 0) > 1
  );
}
