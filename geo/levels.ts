// The geo build's level table: which classification column becomes which municipality property and merged object.
/** The levels merged from municipalities (the app's registry, src/data/levels.ts, reads what they write). */
export type GeoLevelId = "county" | "employmentArea" | "maakunta" | "seutukunta";

/** A classification file of the build's inputs: the main table, or a table of one more level. */
export type ClassificationFile = "classification" | "subRegions";

export interface GeoLevel {
  /** The topology object its regions are merged into: the app's registry names the same object. */
  object: string;
  /** The municipality property that carries its region's code: the app's registry reads it. */
  property: string;
  /** The input file that classifies municipalities into it (a key of `InputFiles`). */
  file: ClassificationFile;
  /** The column of its code in that file; its names are in `<column>_nimi`, `_namn`, `_name`. */
  column: string;
  /**
   * Whether the first view draws its regions: their geometry goes into the first
   * view's topology (`finland-<year>-first.topo.json`); the others' shapes load
   * when a view needs them.
   */
  firstView: boolean;
  /** Its regions in the build's messages: one ("no employment area") and many ("45 employment areas"). */
  one: string;
  many: string;
}

/**
 * The table. Adding a level is an entry here (and its file in `InputFiles`, if
 * it has one of its own), an entry in the app's registry, and a rebuild.
 */
export const GEO_LEVELS: Readonly<Record<GeoLevelId, GeoLevel>> = {
  county: {
    object: "counties",
    property: "county",
    file: "classification",
    column: "hyvinvointialue",
    firstView: true,
    one: "wellbeing services county",
    many: "wellbeing services counties",
  },
  employmentArea: {
    object: "employmentAreas",
    property: "employment_area",
    file: "classification",
    column: "tyollisyysalue",
    firstView: true,
    one: "employment area",
    many: "employment areas",
  },
  maakunta: {
    object: "maakunnat",
    property: "maakunta",
    file: "classification",
    column: "maakunta",
    firstView: false,
    one: "region (maakunta)",
    many: "regions (maakunta)",
  },
  seutukunta: {
    object: "seutukunnat",
    property: "seutukunta",
    file: "subRegions",
    column: "seutukunta",
    firstView: false,
    one: "sub-region (seutukunta)",
    many: "sub-regions (seutukunta)",
  },
};

/** Every level, in the order the objects and the municipality properties are written. */
export const GEO_LEVEL_IDS: readonly GeoLevelId[] = [
  "county",
  "employmentArea",
  "maakunta",
  "seutukunta",
];
