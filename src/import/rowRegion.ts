// What a row's region cell makes of the row: a region's own, the whole country's, a merged municipality's, or set aside.
import { LEVELS } from "../data/levels.ts";
import type { ImportLevel } from "./gazetteer.ts";
import type { Notes } from "./notes.ts";
import type { CellRead, Place } from "./regionCells.ts";
import { isDrawn } from "./regionColumn.ts";

export type RowRegion =
  | { kind: "region"; code: string }
  | { kind: "merged"; code: string; from: { code: string; name: string; into: string } }
  | { kind: "country" }
  | { kind: "aside" };

/**
 * Reads a row's region cell for the table's place, noting what is set aside
 * (by kind, with the row's line): totals, Åland where the level has no Åland,
 * rows of another level or region type, unknown names, and Sotkanet ids other
 * than the counties'. A municipality code written without its zeros ("10" for
 * 010) is read as one in a municipal column; a code and a name that disagree
 * are noted.
 */
export function rowRegion(
  name: string,
  line: number,
  place: Place,
  read: (cell: string) => CellRead,
  notes: Notes,
): RowRegion {
  let r = read(name);
  if (
    place === "municipality" &&
    /^\d{1,2}$/.test(name) &&
    (r.kind !== "region" || !r.hits.municipality)
  )
    r = read(name.padStart(3, "0"));
  if (r.kind === "aside") {
    if (r.why === "country") return { kind: "country" };
    notes.add(r.why, line, name);
    return { kind: "aside" };
  }
  if (r.kind === "unknown") {
    notes.add("unknown", line, name);
    return { kind: "aside" };
  }
  const covers = isDrawn(place) ? LEVELS[place as ImportLevel].coversOutside : true;
  if (r.outside && !covers) {
    notes.add("outside", line, name);
    return { kind: "aside" };
  }
  const code = r.hits[place];
  if (code === undefined) {
    const other = (Object.keys(r.hits) as Place[])[0];
    // Sotkanet's ids other than the counties' name regions the app has no table for.
    if (place === "sotkanet" || !other || other === "sotkanet") notes.add("unknown", line, name);
    else if (isDrawn(other)) notes.add("otherLevel", line, name, other);
    else notes.addType("otherType", line, name, other);
    return { kind: "aside" };
  }
  if (r.conflict) notes.add("codeNameConflict", line, name);
  if (r.merged && place === "municipality") {
    notes.add("merged", line, `${name} → ${r.merged.into}`);
    return { kind: "merged", code, from: { code: r.merged.code, name, into: r.merged.into } };
  }
  return { kind: "region", code };
}
