// Shapes shared by the geo build: parsed inputs and the records the build joins.
import type { GeoLevelId } from "./levels.ts";

/** A name in the three languages the app speaks. */
export interface Names {
  fi: string;
  sv: string;
  en: string;
}

/** One municipality as the classification table places it. Codes are zero-padded strings. */
export interface MunicipalityClass {
  code: string;
  name: { fi: string; sv: string };
  /** Its region's code at every level of `GEO_LEVELS` (county 2 digits, Åland 91; sub-region 3 digits). */
  memberships: Record<GeoLevelId, string>;
}

/** The classification tables, parsed and joined: municipalities plus the names of each level's regions. */
export interface Classification {
  municipalities: MunicipalityClass[];
  names: Record<GeoLevelId, Map<string, Names>>;
}

/** A municipality's official areas in km² (National Land Survey): land, inland water, sea. */
export interface LandAreas {
  land: number;
  inlandWater: number;
  sea: number;
}

/** A merger: the municipality `from` ceased and joined `to`. */
export interface Merger {
  from: string;
  /** The ceased municipality's name, where the table gives it. */
  name: string;
  to: string;
  date: string;
}

/** Everything the build reads, already parsed. */
export interface AtlasInputs {
  /** Municipality boundaries, WGS 84; `properties.kunta` is the 3-digit code. */
  boundaries: GeoJSON.FeatureCollection<GeoJSON.Polygon | GeoJSON.MultiPolygon, { kunta: string }>;
  mergers: Merger[];
  classification: Classification;
  /** Population by municipality code (any year's municipality set; mergers applied by the build). */
  population: Map<string, number>;
  /** Official areas by municipality code (any year's set; mergers applied by the build, summed). */
  areas: Map<string, LandAreas>;
}

/** What the build expects; the real build uses 308 / 22 / 45 / 19 / 69 and Åland's codes. */
export interface AtlasExpectations {
  municipalities: number;
  /** Regions of each level, the region outside both reforms not counted. */
  regions: Record<GeoLevelId, number>;
  /**
   * The codes of the region outside both reforms (Åland) at the levels of the
   * reforms (county 91, employment area 46): left out of those levels' objects,
   * and merged into `outside`. A municipality has all of them or none.
   */
  outside: Partial<Record<GeoLevelId, string>>;
}

export const FINLAND_2025: AtlasExpectations = {
  municipalities: 308,
  regions: { county: 22, employmentArea: 45, maakunta: 19, seutukunta: 69 },
  outside: { county: "91", employmentArea: "46" },
};
