// How well a column's values name regions of each level: the scores the region column and level are chosen by.
import { LEVELS } from "../data/levels.ts";
import type { ImportLevel } from "./gazetteer.ts";
import type { CellRead } from "./regionCells.ts";

/**
 * The level a header names, most specific first ("Maakunta" contains "kunta",
 * "Hyvinvointialue" contains "alue"), or null.
 */
export function headerLevel(header: string): ImportLevel | null {
  for (const level of ["employmentArea", "county", "maakunta", "municipality"] as ImportLevel[])
    if (LEVELS[level].header.test(header)) return level;
  return null;
}

export interface LevelScore {
  level: ImportLevel;
  matched: number;
  regions: number;
  share: number;
  prefixed: number;
}

export interface ColumnScore {
  column: number;
  levels: LevelScore[];
  /** Rows set aside as regions the map does not draw: hospital districts, sub-regions. */
  unsupported: { hospitalDistrict: number; subRegion: number };
  values: number;
  /** Share of its matches that were bare codes (digits): a column of values can look like codes. */
  coded: number;
  rowNumbers: boolean;
}

export function scoreColumn(
  column: number,
  cells: string[],
  read: (cell: string) => CellRead,
): ColumnScore | null {
  const values = cells.filter((c) => c !== "");
  if (values.length === 0) return null;
  const matched = new Map<ImportLevel, number>();
  const distinct = new Map<ImportLevel, Set<string>>();
  const prefixed = new Map<ImportLevel, number>();
  const unsupported = { hospitalDistrict: 0, subRegion: 0 };
  let aside = 0;
  let outside = 0;
  let coded = 0;
  let hits = 0;
  for (const v of values) {
    const r = read(v);
    if (r.kind === "aside") {
      aside++;
      if (r.why === "hospitalDistrict" || r.why === "subRegion") unsupported[r.why]++;
      continue;
    }
    if (r.kind !== "region") continue;
    if (r.outside) outside++;
    hits++;
    if (r.coded) coded++;
    for (const [level, code] of Object.entries(r.hits) as [ImportLevel, string][]) {
      matched.set(level, (matched.get(level) ?? 0) + 1);
      if (!distinct.has(level)) distinct.set(level, new Set());
      distinct.get(level)?.add(code);
      if (r.prefixed === level) prefixed.set(level, (prefixed.get(level) ?? 0) + 1);
    }
  }
  const considered = Math.max(1, values.length - aside);
  const rowNumbers =
    values.length >= 3 &&
    (values.every((v, i) => v === String(i + 1)) || values.every((v, i) => v === String(i)));
  return {
    column,
    levels: [...matched].map(([level, n]) => ({
      level,
      matched: n,
      regions: distinct.get(level)?.size ?? 0,
      // Åland's rows are expected in a county or employment-area table, and set aside there.
      share: n / (LEVELS[level].coversOutside ? considered : Math.max(1, considered - outside)),
      prefixed: prefixed.get(level) ?? 0,
    })),
    unsupported,
    values: values.length,
    coded: hits ? coded / hits : 0,
    rowNumbers,
  };
}

/** Levels of a column, best first: named by prefix, then by share of rows, then by regions matched. */
export function rankLevels(score: ColumnScore, hint: ImportLevel | null): LevelScore[] {
  return [...score.levels].sort(
    (a, b) =>
      Number(b.prefixed > 0) - Number(a.prefixed > 0) ||
      b.share - a.share ||
      b.regions - a.regions ||
      Number(b.level === hint) - Number(a.level === hint),
  );
}
