// The names and codes an import matches rows against: every shadeable level's regions and the merged municipalities.
import type { Atlas } from "../data/atlas.ts";
import { type ImportableLevelId, LEVEL_IDS, LEVELS } from "../data/levels.ts";

/** Levels a table can be given at: the registry's importable ones. */
export type ImportLevel = ImportableLevelId;
export const IMPORT_LEVELS = LEVEL_IDS.filter((l): l is ImportLevel => LEVELS[l].importable);

export interface GazetteerRegion {
  code: string;
  /** Every name it goes by: fi, sv, en, full and short, and the forms statistics tables use. */
  names: string[];
}

/** Plain data, so that it can be posted to the import worker. */
export interface Gazetteer {
  levels: Record<ImportLevel, GazetteerRegion[]>;
  /** Names of the region outside both reforms (Åland), which county and employment-area tables set aside. */
  outside: string[];
  mergers: { code: string; name: string; into: string }[];
}

/**
 * Builds the gazetteer from the atlas. Besides the atlas's names: a county's
 * name with "hva" for "hyvinvointialue" ("Kainuun hva"), "Vantaa ja Kerava" for
 * "Vantaa-Kerava" (Kela's tables), and each half of a bilingual municipality
 * name ("Maarianhamina - Mariehamn").
 */
export function gazetteerOf(atlas: Atlas): Gazetteer {
  const levels = {} as Record<ImportLevel, GazetteerRegion[]>;
  for (const level of IMPORT_LEVELS) {
    if (level === "municipality") {
      levels.municipality = atlas.municipalities.map((m) => ({
        code: m.code,
        names: [m.name.fi, m.name.sv, ...m.name.fi.split(" - "), ...m.name.sv.split(" - ")],
      }));
      continue;
    }
    levels[level] = atlas.regions[level].map((r) => {
      // The short Finnish name first: "did you mean" offers it.
      const names = [...Object.values(r.short), ...Object.values(r.name)];
      if (level === "county") {
        names.push(r.name.fi.replace(/hyvinvointialue$/, "hva"));
        if (r.name.fi.includes(" ja ")) names.push(r.short.fi.replace("-", " ja "));
        if (r.name.sv.includes(" och ")) names.push(r.short.sv.replace("-", " och "));
      }
      return { code: r.code, names };
    });
  }
  const outside = atlas.regions.outside.flatMap((r) => [
    ...Object.values(r.name),
    ...Object.values(r.short),
    "Ahvenanmaan maakunta",
    "Landskapet Åland",
    "Aland",
  ]);
  return {
    levels,
    outside,
    mergers: atlas.mergers.map((m) => ({ code: m.code, name: m.name, into: m.into })),
  };
}
