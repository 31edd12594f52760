// The registry of Finnish region types the map does not draw: how tables name them, and their words.
import type { Localized } from "../i18n/language.ts";

export type RegionTypeId =
  | "hospitalDistrict"
  | "subRegion"
  | "ely"
  | "elinvoimakeskus"
  | "avi"
  | "vaalipiiri"
  | "cooperationArea"
  | "erva"
  | "policeDepartment"
  | "postalCode"
  | "nuts"
  | "commutingZone"
  | "province";

export interface RegionType {
  id: RegionTypeId;
  /**
   * Whether the geo build gives its regions' municipalities
   * (`public/data/region-types-<YEAR>.json`): only then can its values be
   * put on a drawn level, and only where its regions lie whole within one.
   */
  members: boolean;
  /** A cell that names a region of this type by what it is: "Lapin sairaanhoitopiiri", "Uudenmaan ELY-keskus". */
  cell: RegExp;
  /** Code prefixes statistics services glue to its codes: "SK011", "SHP25". */
  prefixes: readonly string[];
  /** A header that names the type. */
  header: RegExp;
  words: {
    /** The regions, as a list's subject: "sairaanhoitopiirit". */
    many: Localized;
    /** "2/3 sairaanhoitopiiristä": the form after a count of them. */
    of: Localized;
  };
}

const w = (many: Localized, of: Localized) => ({ many, of });

export const REGION_TYPES: Readonly<Record<RegionTypeId, RegionType>> = {
  hospitalDistrict: {
    id: "hospitalDistrict",
    members: true,
    cell: /sairaanhoitopiiri|sjukvårdsdistrikt|hospital district|(^|\s)shp$|\bsvd$|^hus$|^hus-alue|^hus-/,
    prefixes: ["SHP"],
    header: /sairaanhoitopiiri|sjukvårdsdistrikt|hospital district|\bshp\b/i,
    words: w(
      { fi: "sairaanhoitopiirit", sv: "sjukvårdsdistrikten", en: "hospital districts" },
      { fi: "sairaanhoitopiiristä", sv: "sjukvårdsdistrikt", en: "hospital districts" },
    ),
  },
  subRegion: {
    id: "subRegion",
    members: true,
    cell: /seutukunta|seutukunnat|ekonomisk region|sub-region/,
    prefixes: ["SK"],
    header: /seutukunta|ekonomisk region|sub-region/i,
    words: w(
      { fi: "seutukunnat", sv: "de ekonomiska regionerna", en: "sub-regions" },
      { fi: "seutukunnasta", sv: "ekonomiska regioner", en: "sub-regions" },
    ),
  },
  ely: {
    id: "ely",
    members: true,
    cell: /ely-keskus|\bely$|ntm-central|ely centre/,
    prefixes: ["ELY"],
    header: /\bely\b|ntm-central/i,
    words: w(
      { fi: "ELY-keskusten alueet", sv: "NTM-centralernas områden", en: "ELY Centre areas" },
      { fi: "ELY-alueesta", sv: "NTM-områden", en: "ELY Centre areas" },
    ),
  },
  elinvoimakeskus: {
    id: "elinvoimakeskus",
    members: true,
    cell: /elinvoimakeskus|livskraftscentral|economic development centre/,
    prefixes: ["EVK"],
    header: /elinvoimakeskus|livskraftscentral|economic development centre/i,
    words: w(
      {
        fi: "elinvoimakeskusten alueet",
        sv: "livskraftscentralernas områden",
        en: "economic development centre areas",
      },
      {
        fi: "elinvoimakeskuksen alueesta",
        sv: "livskraftscentralers områden",
        en: "economic development centre areas",
      },
    ),
  },
  avi: {
    id: "avi",
    members: true,
    cell: /aluehallintovirasto|\bavi$|regionförvaltningsverk|\brfv$|valtionvirasto/,
    prefixes: ["AVI"],
    header: /\bavi\b|aluehallintovirasto|regionförvaltningsverk/i,
    words: w(
      {
        fi: "aluehallintovirastojen alueet",
        sv: "regionförvaltningsverkens områden",
        en: "regional state administrative agency areas",
      },
      { fi: "AVI-alueesta", sv: "RFV-områden", en: "agency areas" },
    ),
  },
  vaalipiiri: {
    id: "vaalipiiri",
    members: true,
    cell: /vaalipiiri|valkrets|constituency|electoral district/,
    prefixes: ["VP"],
    header: /vaalipiiri|valkrets|constituency|electoral district/i,
    words: w(
      { fi: "vaalipiirit", sv: "valkretsarna", en: "electoral districts" },
      { fi: "vaalipiiristä", sv: "valkretsar", en: "electoral districts" },
    ),
  },
  cooperationArea: {
    id: "cooperationArea",
    members: true,
    cell: /yhteistyöalue|samarbetsområde|collaborative area|cooperation area/,
    prefixes: ["YTA"],
    header: /yhteistyöalue|samarbetsområde|cooperation area/i,
    words: w(
      {
        fi: "hyvinvointialueiden yhteistyöalueet",
        sv: "välfärdsområdenas samarbetsområden",
        en: "wellbeing services cooperation areas",
      },
      { fi: "yhteistyöalueesta", sv: "samarbetsområden", en: "cooperation areas" },
    ),
  },
  erva: {
    id: "erva",
    members: false,
    // The university hospitals name their catchment areas: "HYKS", "TAYS-erva".
    cell: /erityisvastuualue|\berva\b|specialupptagningsområde|^(hyks|tyks|tays|kys|oys)(-erva|-alue)?$/,
    prefixes: ["ERVA"],
    header: /erityisvastuualue|\berva\b/i,
    words: w(
      {
        fi: "erityisvastuualueet",
        sv: "specialupptagningsområdena",
        en: "specific catchment areas",
      },
      { fi: "erva-alueesta", sv: "områden", en: "catchment areas" },
    ),
  },
  policeDepartment: {
    id: "policeDepartment",
    members: false,
    cell: /poliisilaitos|polisinrättning|police department/,
    prefixes: [],
    header: /poliisilaitos|polisinrättning|police/i,
    words: w(
      {
        fi: "poliisilaitosten alueet",
        sv: "polisinrättningarnas områden",
        en: "police department areas",
      },
      { fi: "poliisilaitoksesta", sv: "polisinrättningar", en: "police departments" },
    ),
  },
  postalCode: {
    id: "postalCode",
    members: false,
    cell: /^\d{5}(\s|$)/,
    prefixes: [],
    header: /postinumero|postnummer|postal code|postcode|zip/i,
    words: w(
      { fi: "postinumeroalueet", sv: "postnummerområdena", en: "postal code areas" },
      { fi: "postinumeroalueesta", sv: "postnummerområden", en: "postal code areas" },
    ),
  },
  nuts: {
    id: "nuts",
    members: false,
    cell: /^fi[0-9a-z]{1,2}\b|suuralue|storområde|major region/,
    prefixes: [],
    header: /\bnuts\b|suuralue|storområde/i,
    words: w(
      { fi: "NUTS-alueet (suuralueet)", sv: "NUTS-områdena (storområden)", en: "NUTS regions" },
      { fi: "NUTS-alueesta", sv: "NUTS-områden", en: "NUTS regions" },
    ),
  },
  province: {
    id: "province",
    members: false,
    cell: /lääni$|\slän$|\bprovince\b/,
    prefixes: [],
    header: /lääni|\blän\b|province/i,
    words: w(
      {
        fi: "läänit (vanha aluejako, lakkautettu 2010)",
        sv: "länen (en gammal indelning, avskaffad 2010)",
        en: "provinces (an old division, abolished in 2010)",
      },
      { fi: "läänistä", sv: "län", en: "provinces" },
    ),
  },
  commutingZone: {
    id: "commutingZone",
    members: false,
    cell: /työssäkäyntialue|pendlingsregion|commuting zone|commuting area/,
    prefixes: [],
    header: /työssäkäyntialue|pendlingsregion|commuting/i,
    words: w(
      { fi: "työssäkäyntialueet", sv: "pendlingsregionerna", en: "commuting zones" },
      { fi: "työssäkäyntialueesta", sv: "pendlingsregioner", en: "commuting zones" },
    ),
  },
};

export const REGION_TYPE_IDS = Object.keys(REGION_TYPES) as RegionTypeId[];

export function isRegionTypeId(value: unknown): value is RegionTypeId {
  return typeof value === "string" && value in REGION_TYPES;
}

/** A region of a type, as the geo build writes it. */
export interface TypeRegion {
  code: string;
  name: Localized;
  short?: Localized;
  members: string[];
}

/** The region-types file of the geo build, checked for shape; null for anything else. */
export function regionTypesOf(value: unknown): {
  types: Partial<Record<RegionTypeId, TypeRegion[]>>;
  sotkanet: Record<string, string>;
} | null {
  const v = value as { types?: unknown; sotkanet?: unknown } | null;
  if (!v || typeof v.types !== "object" || !v.types || typeof v.sotkanet !== "object") return null;
  const types: Partial<Record<RegionTypeId, TypeRegion[]>> = {};
  for (const [id, list] of Object.entries(v.types as Record<string, unknown>)) {
    if (!isRegionTypeId(id) || !Array.isArray(list)) continue;
    types[id] = list.filter(
      (r): r is TypeRegion =>
        !!r && typeof r.code === "string" && !!r.name && Array.isArray(r.members),
    );
  }
  return { types, sotkanet: (v.sotkanet ?? {}) as Record<string, string> };
}
