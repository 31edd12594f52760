// Chooses the region column and what its rows are (a level the map draws, or another region type) by evidence.
import type { LevelId } from "../data/levels.ts";
import type { RegionTypeId } from "../data/regionTypes.ts";
import { ID_HEADER } from "./columnRoles.ts";
import type { ImportLevel } from "./gazetteer.ts";
import type { Place } from "./regionCells.ts";
import {
  type ColumnScore,
  headerLevel,
  isDrawn,
  type LevelScore,
  rankLevels,
} from "./regionColumn.ts";

export type RegionChoice =
  | { ok: true; column: number; place: Place; score: ColumnScore }
  | { ok: false; issue: "noRegionColumn" }
  | { ok: false; issue: "ambiguous"; column: number; levels: LevelId[]; score: ColumnScore };

/**
 * The region column and the place its rows are. Columns of names (or codes
 * under a header that says so) come before columns of bare numbers, which
 * values can imitate; then by the rows they cover. Within the column, the
 * level or type whose regions the rows cover best (`rankLevels`); a tie among
 * levels the map draws is asked, unless a header names one of them. A column
 * mostly of a region type the map does not draw is that type.
 */
export function chooseRegion(
  header: readonly string[],
  scores: readonly ColumnScore[],
  options: { regionColumn?: number; level?: ImportLevel; place?: Place },
): RegionChoice {
  const hintOf = (c: number) => headerLevel(header[c] ?? "");
  const trusted = (s: ColumnScore) =>
    s.coded < 0.5 || hintOf(s.column) !== null || ID_HEADER.test(header[s.column] ?? "");
  const best = (s: ColumnScore) => rankLevels(s, hintOf(s.column))[0];
  // A column of names with a few matches is still the region column of a file full of typos;
  // a column of small numbers needs more to pass for codes.
  const usable = (s: ColumnScore) => {
    const b = best(s);
    if (!b) return false;
    // A type the map does not draw, told by a bare code (five digits), needs a header that names it.
    if (
      !isDrawn(b.level) &&
      b.level !== "sotkanet" &&
      s.coded >= 0.5 &&
      b.prefixed === 0 &&
      hintOf(s.column) === null
    )
      return false;
    if (b.level === "sotkanet" && hintOf(s.column) !== "sotkanet" && b.share < 0.8) return false;
    return (
      (b.share >= 0.3 || (trusted(s) && b.matched >= 3)) &&
      (!s.rowNumbers || hintOf(s.column) !== null)
    );
  };
  // Of columns that each name nearly every row's region, the finest: a municipality column
  // beside its region (maakunta) column is the region column, the other an attribute.
  const order = (s: ColumnScore) => {
    const b = best(s) as LevelScore;
    const covers = b.share >= 0.8;
    return [
      Number(trusted(s)),
      Number(covers),
      covers ? b.regions : 0,
      b.share >= 0.5 ? b.matched : 0,
      b.share,
      b.regions,
    ];
  };
  const candidates = scores
    .filter((s) =>
      options.regionColumn === undefined ? usable(s) : s.column === options.regionColumn,
    )
    .sort((a, b) => {
      const [x, y] = [order(a), order(b)];
      for (let i = 0; i < x.length; i++)
        if ((y[i] ?? 0) !== (x[i] ?? 0)) return (y[i] ?? 0) - (x[i] ?? 0);
      return a.column - b.column;
    });
  const chosen = candidates[0];
  if (!chosen) return { ok: false, issue: "noRegionColumn" };
  const column = chosen.column;
  const hint = hintOf(column);
  const ranked = rankLevels(chosen, hint);
  // The format says what the rows are (Sotkanet's API gives its own ids).
  if (options.place !== undefined) return { ok: true, column, place: options.place, score: chosen };
  if (options.level !== undefined) {
    // The user's level: Sotkanet's ids are counties too.
    const wanted = ranked.find(
      (l) => l.level === options.level || (options.level === "county" && l.level === "sotkanet"),
    );
    return { ok: true, column, place: wanted?.level ?? options.level, score: chosen };
  }
  const first = ranked[0];
  if (!first) return { ok: false, issue: "noRegionColumn" };
  if (!isDrawn(first.level) && first.level !== "sotkanet") {
    const type = first.level as RegionTypeId;
    // Drawn levels as good as the type (names they share) win: a county called Lappi is a county.
    const drawnTie = ranked.find((l) => isDrawn(l.level) && l.share >= first.share);
    if (!drawnTie) return { ok: true, column, place: type, score: chosen };
  }
  const drawn = ranked.filter((l) => isDrawn(l.level) || l.level === "sotkanet");
  const top = drawn[0] ?? first;
  const tied = drawn.filter(
    (l) => l.share === top.share && l.matched === top.matched && l.regions === top.regions,
  );
  const hinted = tied.find((l) => l.level === hint);
  if (hinted) return { ok: true, column, place: hinted.level, score: chosen };
  if (tied.length > 1 && top.prefixed === 0)
    return {
      ok: false,
      issue: "ambiguous",
      column,
      levels: tied.map((l) => (l.level === "sotkanet" ? "county" : l.level) as LevelId),
      score: chosen,
    };
  return { ok: true, column, place: top.level, score: chosen };
}
