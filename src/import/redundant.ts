// Columns a table repeats in other words: a label made of other categories, coordinates.
import type { Row } from "./layout.ts";

/** Headers of coordinates (map positions, never measures to shade by). */
export const COORDINATE_HEADER =
  /^(x|y|lat|lon|lng|latitude|longitude|leveysaste|pituusaste|koordinaatti[_ ]?[xyen]?|easting|northing|x[_ ]?coord|y[_ ]?coord)$/i;

/**
 * The dimensions whose category the other dimensions (and the region and
 * period) already decide: Kela's "rivinimi" ("Työttömyysturva (uudet
 * saajat)") repeats "etuus" and "variable". Checked from the last column to
 * the first, each against those still kept, so of two columns that decide
 * each other one stays.
 */
export function determinedDimensions(
  body: readonly Row[],
  dimensions: readonly number[],
  others: readonly number[],
  keyOf: (r: Row) => string | null,
): number[] {
  const cell = (r: Row, c: number) => (r.cells[c] ?? "").trim();
  const kept = [...dimensions];
  const dropped: number[] = [];
  for (const d of [...dimensions].reverse()) {
    const rest = [...kept.filter((c) => c !== d), ...others];
    if (!rest.length) continue;
    const seen = new Map<string, string>();
    let determined = true;
    for (const r of body) {
      const base = keyOf(r);
      if (base === null) continue;
      const key = `${base}\u0000${rest.map((c) => cell(r, c)).join("\u0000")}`;
      const value = cell(r, d);
      const known = seen.get(key);
      if (known === undefined) seen.set(key, value);
      else if (known !== value) {
        determined = false;
        break;
      }
    }
    if (determined) {
      dropped.push(d);
      kept.splice(kept.indexOf(d), 1);
    }
  }
  return dropped;
}
