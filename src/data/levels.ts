// The registry of region levels: every question "which level?" is answered here, once.
import type { Localized } from "../i18n/language.ts";

export type LevelId = "county" | "employmentArea" | "municipality" | "maakunta" | "outside";

/** The municipality property that names a municipality's region of a level. */
export type Membership = "county" | "employmentArea" | "maakunta" | "code" | "outside";

/** The border meshes the map draws (see analysis/borderLines). */
export type BorderKind =
  | "county"
  | "employmentArea"
  | "crossingArea"
  | "crossing"
  | "municipality"
  | "maakunta";

export interface Level {
  id: LevelId;
  /** The object of the atlas topology that holds its regions. */
  object: string;
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
  /** Whether its regions include the region outside both reforms (Åland). */
  coversOutside: boolean;
  /** The border mesh that outlines its regions; null for none. */
  border: BorderKind | null;
  /**
   * Region labels: from which zoom its regions' values (when shaded) and names
   * (as context) show, whether a value hidden by a collision stays in the tab
   * order, and whether the capital-region inset repeats the labels of the
   * regions in it (too small to label at country scale), and whether a value
   * label that finds no room on its region may stand off the land with a
   * leader line to it (a level of a few large regions; never hundreds).
   */
  label: {
    valueMinZoom: number;
    nameMinZoom: number;
    focusableWhenHidden: boolean;
    inset: boolean;
    leaders: boolean;
  };
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

export const LEVELS: Readonly<Record<LevelId, Level>> = {
  county: {
    id: "county",
    object: "counties",
    membership: "county",
    count: 22,
    code: /^(0[1-9]|1\d|2[01]|90)$/,
    codePrefixes: ["HVA", "HYV", "HV"],
    unpaddedCodes: true,
    parents: ["maakunta"],
    shadeable: true,
    coversOutside: false,
    border: "county",
    label: {
      valueMinZoom: 0,
      nameMinZoom: 0,
      focusableWhenHidden: true,
      inset: true,
      leaders: true,
    },
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
    membership: "employmentArea",
    count: 45,
    code: /^(0[1-9]|[1-3]\d|4[0-5])$/,
    codePrefixes: ["TYA", "TA"],
    unpaddedCodes: true,
    parents: [],
    shadeable: true,
    coversOutside: false,
    border: "employmentArea",
    label: {
      valueMinZoom: 0,
      nameMinZoom: 6.5,
      focusableWhenHidden: true,
      inset: true,
      leaders: true,
    },
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
    membership: "code",
    count: 308,
    code: /^\d{3}$/,
    codePrefixes: ["KU"],
    unpaddedCodes: true,
    parents: ["county", "employmentArea", "maakunta"],
    shadeable: true,
    coversOutside: true,
    border: "municipality",
    label: {
      valueMinZoom: 6,
      nameMinZoom: 8,
      focusableWhenHidden: false,
      inset: true,
      leaders: false,
    },
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
    membership: "maakunta",
    count: 19,
    code: /^(0[1-9]|1\d|21)$/,
    codePrefixes: ["MK"],
    unpaddedCodes: true,
    parents: [],
    shadeable: true,
    coversOutside: true,
    border: "maakunta",
    label: {
      valueMinZoom: 0,
      nameMinZoom: 0,
      focusableWhenHidden: true,
      inset: false,
      leaders: true,
    },
    header: /maakunta|landskap|\bregion\b/i,
    words: {
      one: { fi: "Maakunta", sv: "Landskap", en: "Region" },
      many: { fi: "maakunnat", sv: "landskapen", en: "regions" },
      by: { fi: "maakunnittain", sv: "per landskap", en: "by region" },
    },
  },
  outside: {
    id: "outside",
    object: "outside",
    membership: "outside",
    count: 1,
    code: /^outside$/,
    codePrefixes: [],
    unpaddedCodes: false,
    parents: ["maakunta"],
    shadeable: false,
    coversOutside: true,
    border: null,
    label: {
      valueMinZoom: 0,
      nameMinZoom: 0,
      focusableWhenHidden: false,
      inset: false,
      leaders: true,
    },
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
};

/** Every level, in the order the interface lists them. */
export const LEVEL_IDS: readonly LevelId[] = [
  "county",
  "employmentArea",
  "maakunta",
  "municipality",
  "outside",
];

/** The levels data can be shown at, in the order they are offered. */
export const SHADEABLE_LEVELS: readonly LevelId[] = LEVEL_IDS.filter((id) => LEVELS[id].shadeable);

export function isLevelId(value: unknown): value is LevelId {
  return typeof value === "string" && value in LEVELS;
}
