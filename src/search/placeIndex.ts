// The places one can search for: the municipalities and the regions of every level, with every name they go by.
import { type Atlas, regionOf } from "../data/atlas.ts";
import { LEVEL_IDS, LEVELS, type LevelId } from "../data/levels.ts";
import type { Localized } from "../i18n/language.ts";

/** A place by level and code: a municipality ("091") or a region ("05"). */
export interface PlaceRef {
  level: LevelId;
  code: string;
}

export interface Place extends PlaceRef {
  /** Its name in each language (a municipality's English name is its Finnish one). */
  name: Localized;
  /** Every name it goes by, normalised (see `normalise`): Finnish, Swedish, English, short forms. */
  keys: string[];
  /** The regions it lies within: a municipality's county, employment area and region; a county's region. */
  within: PlaceRef[];
}

/** The levels a search offers, in the order results of equal rank are listed. */
export const SEARCH_LEVELS: readonly LevelId[] = [
  "municipality",
  "county",
  "employmentArea",
  "maakunta",
];

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

/**
 * Every municipality and every region of the searchable levels, each with its
 * names as keys and the regions that contain it: for a municipality its county
 * (none in Åland), employment area and region; for a region of a level that
 * nests in another (the registry's `parents`), the one region containing all
 * its municipalities.
 */
export function placeIndex(atlas: Atlas): Place[] {
  const places: Place[] = [];
  for (const m of atlas.municipalities)
    places.push({
      level: "municipality",
      code: m.code,
      name: { fi: m.name.fi, sv: m.name.sv, en: m.name.fi },
      keys: [...new Set([m.name.fi, m.name.sv].map(normalise))],
      within: (["county", "employmentArea", "maakunta"] as const).flatMap((level) => {
        const code = regionOf(m, level);
        return code ? [{ level, code }] : [];
      }),
    });
  for (const level of SEARCH_LEVELS.filter((l) => l !== "municipality"))
    for (const r of atlas.regions[level]) {
      const members = atlas.municipalities.filter((m) => regionOf(m, level) === r.code);
      const within = LEVELS[level].parents.flatMap((parent) => {
        const codes = new Set(members.map((m) => regionOf(m, parent)));
        const [only] = [...codes];
        return codes.size === 1 && only ? [{ level: parent, code: only }] : [];
      });
      const names = [r.name.fi, r.name.sv, r.name.en, r.short.fi, r.short.sv, r.short.en];
      places.push({
        level,
        code: r.code,
        name: r.name,
        keys: [...new Set(names.map(normalise))],
        within,
      });
    }
  return places;
}

/** The levels in the order their URL prefixes are tried (longest prefix first). */
const PREFIXED = LEVEL_IDS.filter((l) => SEARCH_LEVELS.includes(l));

/** A place as the URL writes it: the level's first code prefix and the code ("KU091", "HVA05"). */
export function placeToken(place: PlaceRef): string {
  return `${LEVELS[place.level].codePrefixes[0] ?? ""}${place.code}`;
}

/**
 * The place a URL token names ("KU091", "HVA05", "TYA12", "MK05"), if `exists`
 * says it does; null for anything else (no prefix, an unknown code, lower case).
 */
export function parsePlaceToken(
  token: string,
  exists: (place: PlaceRef) => boolean,
): PlaceRef | null {
  for (const level of PREFIXED) {
    const prefix = LEVELS[level].codePrefixes[0];
    if (!prefix || !token.startsWith(prefix)) continue;
    const code = token.slice(prefix.length);
    if (LEVELS[level].code.test(code) && exists({ level, code })) return { level, code };
  }
  return null;
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
