// Finds places by what a person types: a name in Finnish or Swedish (diacritics optional) or a code.
import type { Lang } from "../i18n/language.ts";
import { normalise, type Place } from "./placeIndex.ts";
import { SEARCH_LEVELS } from "./placeRef.ts";

export interface PlaceMatch {
  place: Place;
  /** The name that matched when it is not the one shown in the language ("Helsingfors"); else null. */
  matchedName: string | null;
  /** Lower is better: 0 exact name or code, 1 name starts with the query, 2 a word does, 3 it contains it. */
  rank: number;
}

/** Code queries: digits only. "91" and "091" both name Helsinki's municipality code 091. */
const DIGITS = /^\d{1,3}$/;

function codeRank(place: Place, digits: string): number | null {
  const wanted = Number(digits);
  const width = place.level === "municipality" ? 3 : 2;
  if (digits.length > width) return null;
  return Number(place.code) === wanted && /^\d+$/.test(place.code) ? 0 : null;
}

function nameRank(key: string, query: string): number | null {
  if (key === query) return 0;
  if (key.startsWith(query)) return 1;
  if (key.split(" ").some((word) => word.startsWith(query))) return 2;
  if (query.length >= 3 && key.includes(query)) return 3;
  return null;
}

/**
 * The places that match `query`, best first, at most `limit`: by code for
 * digits (a municipality's "091" or "91", a region's "05" or "5"), else by any
 * of their names with diacritics and punctuation ignored ("Jyvaskyla" finds
 * Jyväskylä, "Abo" Turku by its Swedish name Åbo). Ties go by level
 * (municipalities first), then by name in the language. An empty query, or
 * one of punctuation only, matches nothing.
 */
export function matchPlaces(
  places: readonly Place[],
  query: string,
  lang: Lang,
  limit = 8,
): PlaceMatch[] {
  const q = normalise(query);
  if (!q) return [];
  const digits = DIGITS.test(q) ? q : null;
  const found: PlaceMatch[] = [];
  for (const place of places) {
    if (digits !== null) {
      const rank = codeRank(place, digits);
      if (rank !== null) found.push({ place, matchedName: null, rank });
      continue;
    }
    let best: { rank: number; key: string } | null = null;
    for (const key of place.keys) {
      const rank = nameRank(key, q);
      if (rank !== null && (!best || rank < best.rank)) best = { rank, key };
    }
    if (!best) continue;
    // The name that matched is shown beside the place's own only when no name of the
    // language matched ("Helsingfors" typed in Finnish; not "Lapplands…" for "Lappi").
    const ownMatches = place.keysByLang[lang].some((key) => nameRank(key, q) !== null);
    const other = [place.name.fi, place.name.sv, place.name.en].find(
      (n) => normalise(n) === best.key,
    );
    found.push({ place, matchedName: ownMatches ? null : (other ?? null), rank: best.rank });
  }
  const levelOrder = (m: PlaceMatch) => SEARCH_LEVELS.indexOf(m.place.level);
  return found
    .sort(
      (a, b) =>
        a.rank - b.rank ||
        levelOrder(a) - levelOrder(b) ||
        a.place.name[lang].localeCompare(b.place.name[lang], lang),
    )
    .slice(0, limit);
}
