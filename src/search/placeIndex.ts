// The places one can search for: the municipalities and the regions of every level, with every name they go by.
import type { Atlas } from "../data/atlas.ts";
import type { Lang, Localized } from "../i18n/language.ts";
import { type PlaceRef, placeWithin, SEARCH_LEVELS } from "./placeRef.ts";

export interface Place extends PlaceRef {
  /** Its name in each language (a municipality's English name is its Finnish one). */
  name: Localized;
  /** Every name it goes by, normalised (see `normalise`): Finnish, Swedish, English, short forms. */
  keys: string[];
  /** Its names in each language (full and short), normalised: a match on one needs no other name shown. */
  keysByLang: Record<Lang, string[]>;
  /** The regions it lies within (see placeRef.ts's `placeWithin`). */
  within: PlaceRef[];
}

/**
 * Text as search compares it: lower case, without diacritics ("Jyväskylä" →
 * "jyvaskyla", "Åbo" → "abo"), punctuation as spaces, spaces collapsed.
 */
export function normalise(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** Every municipality and every region of the searchable levels, with its names as keys and what it lies within. */
export function placeIndex(atlas: Atlas): Place[] {
  const places: Place[] = [];
  for (const m of atlas.municipalities) {
    const ref = { level: "municipality" as const, code: m.code };
    const fi = [normalise(m.name.fi)];
    const sv = [normalise(m.name.sv)];
    places.push({
      ...ref,
      name: { fi: m.name.fi, sv: m.name.sv, en: m.name.fi },
      keys: [...new Set([...fi, ...sv])],
      keysByLang: { fi, sv, en: fi },
      within: placeWithin(atlas, ref),
    });
  }
  for (const level of SEARCH_LEVELS.filter((l) => l !== "municipality"))
    for (const r of atlas.regions[level]) {
      const keysByLang = {
        fi: [normalise(r.name.fi), normalise(r.short.fi)],
        sv: [normalise(r.name.sv), normalise(r.short.sv)],
        en: [normalise(r.name.en), normalise(r.short.en)],
      };
      places.push({
        level,
        code: r.code,
        name: r.name,
        keys: [...new Set([...keysByLang.fi, ...keysByLang.sv, ...keysByLang.en])],
        keysByLang,
        within: placeWithin(atlas, { level, code: r.code }),
      });
    }
  return places;
}

const indexes = new WeakMap<Atlas, { places: Place[]; byKey: Map<string, Place> }>();

/** The atlas's place index, made once per atlas, with a lookup by level and code. */
export function placesOf(atlas: Atlas): { places: Place[]; find(ref: PlaceRef): Place | null } {
  let index = indexes.get(atlas);
  if (!index) {
    const places = placeIndex(atlas);
    index = { places, byKey: new Map(places.map((p) => [`${p.level}:${p.code}`, p])) };
    indexes.set(atlas, index);
  }
  const { places, byKey } = index;
  return { places, find: (ref) => byKey.get(`${ref.level}:${ref.code}`) ?? null };
}
