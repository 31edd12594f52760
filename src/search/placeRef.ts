// A place by level and code, as the URL and the scene know it: its token, whether it exists, what it lies within.
import { type Atlas, regionOf } from "../data/atlas.ts";
import { LEVEL_IDS, LEVELS, type LevelId } from "../data/levels.ts";

/** A place by level and code: a municipality ("091") or a region ("05"). */
export interface PlaceRef {
  level: LevelId;
  code: string;
}

/** The levels a search offers, in the order results of equal rank are listed. */
export const SEARCH_LEVELS: readonly LevelId[] = [
  "municipality",
  "county",
  "employmentArea",
  "maakunta",
];

/** Whether the atlas has the place, at a level search offers. */
export function placeExists(atlas: Atlas, ref: PlaceRef): boolean {
  if (!SEARCH_LEVELS.includes(ref.level)) return false;
  return ref.level === "municipality"
    ? atlas.municipalities.some((m) => m.code === ref.code)
    : atlas.regions[ref.level].some((r) => r.code === ref.code);
}

/**
 * The regions a place lies within: a municipality's county (none in Åland),
 * employment area and region; for a region of a level that nests in another
 * (the registry's `parents`), the one region containing all its municipalities.
 */
export function placeWithin(atlas: Atlas, ref: PlaceRef): PlaceRef[] {
  if (ref.level === "municipality") {
    const m = atlas.municipalities.find((x) => x.code === ref.code);
    return m
      ? (["county", "employmentArea", "maakunta"] as const).flatMap((level) => {
          const code = regionOf(m, level);
          return code ? [{ level, code }] : [];
        })
      : [];
  }
  const members = atlas.municipalities.filter((m) => regionOf(m, ref.level) === ref.code);
  return LEVELS[ref.level].parents.flatMap((parent) => {
    const codes = new Set(members.map((m) => regionOf(m, parent)));
    const [only] = [...codes];
    return codes.size === 1 && only ? [{ level: parent, code: only }] : [];
  });
}

/** The levels in the order their URL prefixes are tried. */
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
