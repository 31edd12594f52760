// How well a column's values name regions of each level and type: the scores the region column and level are chosen by.
import { LEVELS } from "../data/levels.ts";
import { REGION_TYPE_IDS, REGION_TYPES } from "../data/regionTypes.ts";
import type { ImportLevel } from "./gazetteer.ts";
import type { CellRead, Place } from "./regionCells.ts";

const DRAWN: ImportLevel[] = ["employmentArea", "county", "maakunta", "municipality"];

/**
 * The level or type a header names, most specific first ("Maakunta" contains
 * "kunta", "Hyvinvointialue" contains "alue", "Sairaanhoitopiiri" is no
 * county), or null.
 */
export function headerLevel(header: string): Place | null {
  for (const id of REGION_TYPE_IDS) if (REGION_TYPES[id].header.test(header)) return id;
  for (const level of DRAWN) if (LEVELS[level].header.test(header)) return level;
  if (/sotkanet|region_id|alue_id|area_id/i.test(header)) return "sotkanet";
  return null;
}

/** Whether a place is a level the map draws (Sotkanet's ids are counties). */
export const isDrawn = (place: Place): place is ImportLevel => (DRAWN as string[]).includes(place);

export interface LevelScore {
  level: Place;
  /** Rows it matches. */
  matched: number;
  /** Distinct regions of it they name. */
  regions: number;
  /** Share of the column's rows (set-aside rows not counted) it matches. */
  share: number;
  /** Rows whose prefix names it outright. */
  prefixed: number;
}

export interface ColumnScore {
  column: number;
  levels: LevelScore[];
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
  const matched = new Map<Place, number>();
  const distinct = new Map<Place, Set<string>>();
  const prefixed = new Map<Place, number>();
  let aside = 0;
  let outside = 0;
  let coded = 0;
  let hits = 0;
  for (const v of values) {
    const r = read(v);
    if (r.kind === "aside") {
      aside++;
      continue;
    }
    if (r.kind !== "region") continue;
    if (r.outside) outside++;
    hits++;
    if (r.coded) coded++;
    for (const [place, code] of Object.entries(r.hits) as [Place, string][]) {
      matched.set(place, (matched.get(place) ?? 0) + 1);
      if (!distinct.has(place)) distinct.set(place, new Set());
      distinct.get(place)?.add(code);
      if (r.prefixed === place) prefixed.set(place, (prefixed.get(place) ?? 0) + 1);
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
      share:
        n /
        (isDrawn(level) && !LEVELS[level].coversOutside
          ? Math.max(1, considered - outside)
          : considered),
      prefixed: prefixed.get(level) ?? 0,
    })),
    values: values.length,
    coded: hits ? coded / hits : 0,
    rowNumbers,
  };
}

/**
 * Levels and types of a column, best first, by evidence: the share of its rows
 * each covers (Åland's rows not counted against a level without Åland; a
 * prefix or a code's length already decided which places a cell can be), then
 * the rows and the regions they name, then a header that names it, then a level the
 * map draws. A prefix is evidence for its rows, never a verdict over the
 * rest: 18 "MK" rows never outrank 301 municipal ones.
 */
export function rankLevels(score: ColumnScore, hint: Place | null): LevelScore[] {
  return [...score.levels].sort(
    (a, b) =>
      b.share - a.share ||
      b.matched - a.matched ||
      b.regions - a.regions ||
      Number(b.level === hint) - Number(a.level === hint) ||
      b.prefixed - a.prefixed ||
      Number(isDrawn(b.level)) - Number(isDrawn(a.level)),
  );
}
