// The names and codes an import matches rows against: every shadeable level's regions, the region types the map
// does not draw (with their municipalities), the merged municipalities and Sotkanet's region ids.
import type { Atlas } from "../data/atlas.ts";
import { type ImportableLevelId, LEVEL_IDS, LEVELS } from "../data/levels.ts";
import type { RegionTypeId, TypeRegion } from "../data/regionTypes.ts";

/** Levels a table can be given at: the registry's importable ones. */
export type ImportLevel = ImportableLevelId;
export const IMPORT_LEVELS = LEVEL_IDS.filter((l): l is ImportLevel => LEVELS[l].importable);

export interface GazetteerRegion {
  code: string;
  /** Every name it goes by: fi, sv, en, full and short, and the forms statistics tables use. */
  names: string[];
  /** For a region type the map does not draw: its municipalities (codes of the atlas). */
  members?: string[];
}

/** Plain data, so that it can be posted to the import worker. */
export interface Gazetteer {
  levels: Record<ImportLevel, GazetteerRegion[]>;
  /** Region types the map does not draw, where the geo build gives them (hospital districts, sub-regions…). */
  types: Partial<Record<RegionTypeId, GazetteerRegion[]>>;
  /** Names of the region outside both reforms (Åland), which county and employment-area tables set aside. */
  outside: string[];
  mergers: { code: string; name: string; into: string }[];
  /** Sotkanet's numeric region id → county code (Åland's id → "91"). */
  sotkanet: Record<string, string>;
  /** Each municipality's county, employment area and region (maakunta); no county or area for Åland's. */
  parents: Record<string, Partial<Record<ImportLevel, string>>>;
}

/** Forms tables give a region type's names: "Lapin SHP" is also "Lapin sairaanhoitopiiri". */
function typeNames(id: RegionTypeId, r: TypeRegion): string[] {
  const names = [...Object.values(r.name), ...(r.short ? Object.values(r.short) : [])];
  const more: string[] = [];
  for (const n of names) {
    if (id === "hospitalDistrict") {
      more.push(n.replace(/ SHP$/, " sairaanhoitopiiri"), n.replace(/ SVD$/, " sjukvårdsdistrikt"));
      if (n.startsWith("Helsingin ja Uudenmaan")) more.push("HUS-alue", "HUS-yhtymä");
    }
    if (id === "ely") more.push(n.replace(/ ELY-keskus$/, " ELY"));
    if (id === "avi") more.push(n.replace(/ AVI$/, " aluehallintovirasto"));
  }
  return [...new Set([...names, ...more].filter(Boolean))];
}

/**
 * Builds the gazetteer from the atlas and, where loaded, the region types of
 * the geo build. Besides the atlas's names: a county's name with "hva" for
 * "hyvinvointialue" ("Kainuun hva"), "Vantaa ja Kerava" for "Vantaa-Kerava"
 * (Kela's tables), each half of a bilingual municipality name ("Maarianhamina
 * - Mariehamn"), and Uusimaa's NUTS name "Helsinki-Uusimaa".
 */
export function gazetteerOf(
  atlas: Atlas,
  regionTypes: {
    types: Partial<Record<RegionTypeId, TypeRegion[]>>;
    sotkanet: Record<string, string>;
  } | null = null,
): Gazetteer {
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
      if (level === "maakunta" && r.code === "01") names.push("Helsinki-Uusimaa");
      return { code: r.code, names };
    });
  }
  const types: Gazetteer["types"] = {};
  for (const [id, list] of Object.entries(regionTypes?.types ?? {}) as [
    RegionTypeId,
    TypeRegion[],
  ][])
    types[id] = list.map((r) => ({ code: r.code, names: typeNames(id, r), members: r.members }));
  const outside = atlas.regions.outside.flatMap((r) => [
    ...Object.values(r.name),
    ...Object.values(r.short),
    "Ahvenanmaan maakunta",
    "Landskapet Åland",
    "Aland",
  ]);
  return {
    levels,
    types,
    outside,
    mergers: atlas.mergers.map((m) => ({ code: m.code, name: m.name, into: m.into })),
    sotkanet: regionTypes?.sotkanet ?? {},
    parents: Object.fromEntries(
      atlas.municipalities.map((m) => [
        m.code,
        m.outside
          ? { maakunta: m.maakunta }
          : { county: m.county, employmentArea: m.employmentArea, maakunta: m.maakunta },
      ]),
    ),
  };
}
