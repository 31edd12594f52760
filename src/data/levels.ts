// The registry of region levels: every question "which level?" is answered here, once.
import type { Localized } from "../i18n/language.ts";

export type LevelId =
  | "county"
  | "employmentArea"
  | "municipality"
  | "maakunta"
  | "seutukunta"
  | "outside";

/** How a municipality names its region of a level. */
export type Membership =
  /** The municipality property of the topology that holds its region's code (the geo build writes it). */
  | { property: string }
  /** Its own code: the level is the municipalities. */
  | "own"
  /** It lies outside both reforms: in no region of a level that leaves that region out. */
  | "outside";

/**
 * The border meshes the map draws (see analysis/borderLines): a level's, between
 * municipalities of different regions of it; the employment areas that cross
 * county borders (`crossingArea`); the county borders through them (`crossing`).
 */
export type BorderKind = LevelId | "crossingArea" | "crossing";

/** A line width in px at zoom 4 and at zoom 9 (linear between, constant beyond). */
export type WidthAt4And9 = readonly [number, number];

export interface Level {
  id: LevelId;
  /** The object of the atlas topology that holds its regions. */
  object: string;
  /**
   * Whether an atlas must have its object: the app reads no topology without it.
   * The others may be missing from an older file; the level then has no regions.
   */
  required: boolean;
  /** How a municipality names its region of this level. */
  membership: Membership;
  /** How many regions the level has in the 2025 division. */
  count: number;
  /** Codes as the classification writes them (zero-padded). */
  code: RegExp;
  /**
   * Prefixes that statistics services glue to this level's codes: "KU091",
   * "MK05 Kanta-Häme". A prefixed code names this level and no other.
   */
  codePrefixes: readonly string[];
  /** Whether a code may be written without its leading zeros ("91" for "091"). */
  unpaddedCodes: boolean;
  /** Levels whose regions each contain whole regions of this one (checked by a test). */
  parents: readonly LevelId[];
  /** Whether data can be shown at this level (the outside region never is). */
  shadeable: boolean;
  /**
   * Whether an imported table's rows may name its regions. Off where its names
   * would be read as another level's (a sub-region is named after its town:
   * "Helsinki"); municipal data is still shown at it, summed up.
   */
  importable: boolean;
  /** Whether its regions include the region outside both reforms (Åland). */
  coversOutside: boolean;
  /** The border mesh between its regions; null for none. */
  border: BorderKind | null;
  /**
   * How the map outlines its regions: `shaded`, the white lines between them
   * where this level is shaded; `context`, dark lines between them over any
   * other level's fills (the counties, the map's frame of reference); null for
   * none. `overlay`: the employment-area overlay's dashed lines, with the
   * crossings, outline this level (whether shaded or overlaid).
   */
  outline: { shaded: WidthAt4And9 | null; context: WidthAt4And9 | null; overlay: boolean };
  /**
   * The levels a region of this one is told within where it is shaded: the
   * tooltip names the one under the pointer ("Hyvinvointialue: Kainuu").
   */
  context: readonly LevelId[];
  /**
   * Region labels: from which zoom its regions' values (when shaded) and names
   * (as context) show, whether a value hidden by a collision stays in the tab
   * order, and whether the capital-region inset repeats the labels of the
   * regions in it (too small to label at country scale), and whether a value
   * label that finds no room on its region may stand off the land with a
   * leader line to it (a level of a few large regions; never hundreds).
   * `context`: the levels whose names label the map where this one is shaded.
   */
  label: {
    valueMinZoom: number;
    nameMinZoom: number;
    focusableWhenHidden: boolean;
    inset: boolean;
    leaders: boolean;
    context: readonly LevelId[];
  };
  /** The region column's name in a CSV export (stable, for scripts reading the file). */
  column: string;
  /** A header that names the level: "Hyvinvointialue", "Kunta", "Region 2011". */
  header: RegExp;
  /** Its words in the interface. */
  words: {
    /** One region, as a column head: "Hyvinvointialue". */
    one: Localized;
    /** The regions: "hyvinvointialueet". */
    many: Localized;
    /** "hyvinvointialueittain": by this level. */
    by: Localized;
  };
}

export const LEVELS = {
  county: {
    id: "county",
    object: "counties",
    required: true,
    membership: { property: "county" },
    count: 22,
    code: /^(0[1-9]|1\d|2[01]|90)$/,
    codePrefixes: ["HVA", "HYV", "HV"],
    unpaddedCodes: true,
    parents: ["maakunta"],
    shadeable: true,
    importable: true,
    coversOutside: false,
    border: "county",
    outline: { shaded: [1.2, 3], context: [1, 2.4], overlay: false },
    context: [],
    label: {
      valueMinZoom: 0,
      nameMinZoom: 0,
      focusableWhenHidden: true,
      inset: true,
      leaders: true,
      context: [],
    },
    column: "county",
    header: /hyvinvointialue|välfärdsområde|wellbeing|county|\bhva\b/i,
    words: {
      one: { fi: "Hyvinvointialue", sv: "Välfärdsområde", en: "County" },
      many: { fi: "hyvinvointialueet", sv: "välfärdsområdena", en: "counties" },
      by: { fi: "hyvinvointialueittain", sv: "per välfärdsområde", en: "by county" },
    },
  },
  employmentArea: {
    id: "employmentArea",
    object: "employmentAreas",
    required: true,
    membership: { property: "employment_area" },
    count: 45,
    code: /^(0[1-9]|[1-3]\d|4[0-5])$/,
    codePrefixes: ["TYA", "TA"],
    unpaddedCodes: true,
    parents: [],
    shadeable: true,
    importable: true,
    coversOutside: false,
    border: "employmentArea",
    outline: { shaded: null, context: null, overlay: true },
    context: ["county"],
    label: {
      valueMinZoom: 0,
      nameMinZoom: 6.5,
      focusableWhenHidden: true,
      inset: true,
      leaders: true,
      context: ["county"],
    },
    column: "employment_area",
    header: /työllisyysalue|tyollisyysalue|sysselsättningsområde|employment/i,
    words: {
      one: { fi: "Työllisyysalue", sv: "Sysselsättningsområde", en: "Employment area" },
      many: { fi: "työllisyysalueet", sv: "sysselsättningsområdena", en: "employment areas" },
      by: { fi: "työllisyysalueittain", sv: "per sysselsättningsområde", en: "by employment area" },
    },
  },
  municipality: {
    id: "municipality",
    object: "municipalities",
    required: true,
    membership: "own",
    count: 308,
    code: /^\d{3}$/,
    codePrefixes: ["KU"],
    unpaddedCodes: true,
    parents: ["county", "employmentArea", "maakunta", "seutukunta"],
    shadeable: true,
    importable: true,
    coversOutside: true,
    border: "municipality",
    outline: { shaded: [0.3, 0.9], context: null, overlay: false },
    context: ["county"],
    label: {
      valueMinZoom: 6,
      nameMinZoom: 8,
      focusableWhenHidden: false,
      inset: true,
      leaders: false,
      context: ["county"],
    },
    column: "municipality",
    header: /\bkunta|\bkunnat\b|\bkommun|municipalit|kuntanumero|kuntakoodi/i,
    words: {
      one: { fi: "Kunta", sv: "Kommun", en: "Municipality" },
      many: { fi: "kunnat", sv: "kommunerna", en: "municipalities" },
      by: { fi: "kunnittain", sv: "per kommun", en: "by municipality" },
    },
  },
  maakunta: {
    id: "maakunta",
    object: "maakunnat",
    required: false,
    membership: { property: "maakunta" },
    count: 19,
    code: /^(0[1-9]|1\d|21)$/,
    codePrefixes: ["MK"],
    unpaddedCodes: true,
    parents: [],
    shadeable: true,
    importable: true,
    coversOutside: true,
    border: "maakunta",
    outline: { shaded: [1.2, 3], context: null, overlay: false },
    context: ["county"],
    label: {
      valueMinZoom: 0,
      nameMinZoom: 0,
      focusableWhenHidden: true,
      inset: false,
      leaders: true,
      context: [],
    },
    column: "region",
    // "Region", but not a sub-region ("Sub-region", "Ekonomisk region").
    header: /maakunta|landskap|(?<!sub-|ekonomisk )\bregion\b/i,
    words: {
      one: { fi: "Maakunta", sv: "Landskap", en: "Region" },
      many: { fi: "maakunnat", sv: "landskapen", en: "regions" },
      by: { fi: "maakunnittain", sv: "per landskap", en: "by region" },
    },
  },
  seutukunta: {
    id: "seutukunta",
    object: "seutukunnat",
    required: false,
    membership: { property: "seutukunta" },
    count: 69,
    // The region's (maakunta's) code and a digit: 011 Helsinki … 213 Ålands skärgård.
    code: /^(0[1-9]|1\d|2[01])\d$/,
    codePrefixes: ["SK"],
    unpaddedCodes: false,
    parents: ["maakunta"],
    shadeable: true,
    importable: false,
    coversOutside: true,
    border: "seutukunta",
    outline: { shaded: [0.8, 2], context: null, overlay: false },
    context: ["maakunta"],
    label: {
      valueMinZoom: 0,
      nameMinZoom: 7,
      focusableWhenHidden: false,
      inset: true,
      leaders: false,
      context: [],
    },
    column: "sub_region",
    header: /seutukun|ekonomisk(a)? region|sub-?region/i,
    words: {
      one: { fi: "Seutukunta", sv: "Ekonomisk region", en: "Sub-region" },
      many: { fi: "seutukunnat", sv: "ekonomiska regionerna", en: "sub-regions" },
      by: { fi: "seutukunnittain", sv: "per ekonomisk region", en: "by sub-region" },
    },
  },
  outside: {
    id: "outside",
    object: "outside",
    required: false,
    membership: "outside",
    count: 1,
    code: /^outside$/,
    codePrefixes: [],
    unpaddedCodes: false,
    parents: ["maakunta"],
    shadeable: false,
    importable: false,
    coversOutside: true,
    border: null,
    outline: { shaded: null, context: null, overlay: false },
    context: [],
    label: {
      valueMinZoom: 0,
      nameMinZoom: 0,
      focusableWhenHidden: false,
      inset: false,
      leaders: true,
      context: [],
    },
    column: "outside",
    header: /ahvenanmaa|åland|aland/i,
    words: {
      one: {
        fi: "Ahvenanmaa (uudistusten ulkopuolella)",
        sv: "Åland (utanför reformerna)",
        en: "Åland (outside the reforms)",
      },
      many: { fi: "Ahvenanmaa", sv: "Åland", en: "Åland" },
      by: { fi: "Ahvenanmaalla", sv: "på Åland", en: "in Åland" },
    },
  },
} as const satisfies Readonly<Record<LevelId, Level>>;

/** The levels an imported table's rows may name (`importable`), as a type. */
export type ImportableLevelId = {
  [K in LevelId]: (typeof LEVELS)[K]["importable"] extends true ? K : never;
}[LevelId];

/** Every level, in the order the interface lists them. */
export const LEVEL_IDS: readonly LevelId[] = [
  "county",
  "employmentArea",
  "maakunta",
  "seutukunta",
  "municipality",
  "outside",
];

/** The levels data can be shown at, in the order they are offered. */
export const SHADEABLE_LEVELS: readonly LevelId[] = LEVEL_IDS.filter((id) => LEVELS[id].shadeable);

/** The levels the employment-area overlay outlines and names (`outline.overlay`). */
export const OVERLAY_LEVELS: readonly LevelId[] = LEVEL_IDS.filter(
  (id) => LEVELS[id].outline.overlay,
);

export function isLevelId(value: unknown): value is LevelId {
  return typeof value === "string" && value in LEVELS;
}
