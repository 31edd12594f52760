// "Did you mean": the closest known name to an unknown one.
import type { ImportNote } from "../data/importedTable.ts";
import { normalizeName } from "../data/regionMatcher.ts";
import type { RegionTypeId } from "../data/regionTypes.ts";
import type { Gazetteer } from "./gazetteer.ts";
import type { Place } from "./regionCells.ts";
import { isDrawn } from "./regionColumn.ts";

/** Levenshtein edit distance, two rows of memory. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++)
      current[j] = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/**
 * The known key nearest to `name` (both already folded), if it is close enough
 * to be a typo: at most 2 edits, or a quarter of the name's length for longer
 * names. Ties go to the first key.
 */
export function nearest(name: string, keys: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(name.length / 4)) + 1;
  for (const key of keys) {
    if (Math.abs(key.length - name.length) >= bestDistance) continue;
    const d = editDistance(name, key);
    if (d < bestDistance) [best, bestDistance] = [key, d];
  }
  return best;
}

/** "Did you mean": for the names listed, never for codes, and only those few. */
export function suggestNames(list: ImportNote[], gazetteer: Gazetteer, place: Place): void {
  const unknown = list.find((n) => n.kind === "unknown");
  if (!unknown) return;
  const names = isDrawn(place)
    ? gazetteer.levels[place]
    : (gazetteer.types[place as RegionTypeId] ?? gazetteer.levels.county);
  const keys = new Map<string, string>();
  for (const r of names) for (const n of r.names) keys.set(normalizeName(n), r.names[0] ?? r.code);
  unknown.suggestions = unknown.examples.map((e) => {
    if (/^[A-Z]{0,3}\d/.test(e)) return null;
    const key = nearest(normalizeName(e), keys.keys());
    return key ? (keys.get(key) ?? null) : null;
  });
}
