// Shapes shared by the geo build: parsed inputs and the records the build joins.

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
  county: string;
  employmentArea: string;
  /** Region (maakunta) code, 2 digits; Åland is 21. */
  maakunta: string;
}

/** The classification table, parsed: municipalities plus the names of each county and area. */
export interface Classification {
  municipalities: MunicipalityClass[];
  countyNames: Map<string, Names>;
  employmentAreaNames: Map<string, Names>;
  maakuntaNames: Map<string, Names>;
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

/** What the build expects; the real build uses 308 / 22 / 45 and Åland's codes. */
export interface AtlasExpectations {
  municipalities: number;
  counties: number;
  employmentAreas: number;
  /** Regions (maakunta), Åland included. */
  maakunnat: number;
  /** County code and employment-area code of the region outside both reforms (Åland). */
  outsideCounty: string;
  outsideEmploymentArea: string;
}

export const FINLAND_2025: AtlasExpectations = {
  municipalities: 308,
  counties: 22,
  employmentAreas: 45,
  maakunnat: 19,
  outsideCounty: "91",
  outsideEmploymentArea: "46",
};
