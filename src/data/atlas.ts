// The atlas as the app uses it: municipalities and the regions of every level, read from the topology.
import type { GeometryCollection, Topology } from "topojson-specification";
import type { SourceEdition, SourceKey } from "../../geo/meta.ts";
import type { Localized } from "../i18n/language.ts";
import { LEVEL_IDS, LEVELS, type LevelId, type Membership } from "./levels.ts";

export interface Municipality {
  code: string;
  name: { fi: string; sv: string };
  /** The codes the topology gives (Åland's municipalities keep county 91, employment area 46). */
  county: string;
  employmentArea: string;
  maakunta: string;
  /** True for the municipalities outside both reforms (Åland's): their county is no county. */
  outside: boolean;
  /**
   * Its region of every level of the registry, by the level's `membership`;
   * null where it has none (Åland's municipalities have no county).
   */
  memberships: Record<LevelId, string | null>;
  population: number;
  /**
   * Official areas, km² (National Land Survey): land, inland water, sea. The
   * app reads only land; inland water and sea are null where the file leaves
   * them out (the first view's topology).
   */
  landKm2: number;
  inlandWaterKm2: number | null;
  seaKm2: number | null;
}

/** A region of any level: a union of municipalities (or one municipality). */
export interface Region {
  level: LevelId;
  code: string;
  name: Localized;
  /** Short name for labels and matching; the full name where the data has none. */
  short: Localized;
  /** Where its label goes, [longitude, latitude] (computed by geo/). */
  label: [number, number];
}

export interface Atlas {
  topology: Topology;
  municipalities: Municipality[];
  /** Regions by level, in the order of the file (sorted by code). `outside` has Åland, or nothing. */
  regions: Record<LevelId, Region[]>;
  /** The sources the geo build used, with their editions (from the topology's `meta`). */
  sources: SourceEdition[];
  /** Municipalities that ceased since the boundary edition, and the code each joined. */
  mergers: MunicipalityMerger[];
}

export interface MunicipalityMerger {
  code: string;
  name: string;
  /** The municipality it joined (a code of `municipalities`). */
  into: string;
  /** When, YYYY-MM-DD. */
  date: string;
}

/** The well-formed entries of a topology's `meta.mergers`. */
function mergersOf(meta: unknown): MunicipalityMerger[] {
  const list = (meta as { mergers?: unknown } | undefined)?.mergers;
  if (!Array.isArray(list)) return [];
  return list.filter(
    (m): m is MunicipalityMerger =>
      !!m &&
      typeof m.code === "string" &&
      typeof m.name === "string" &&
      typeof m.into === "string" &&
      typeof m.date === "string",
  );
}

export type { SourceEdition, SourceKey };

const isLocalized = (v: unknown): v is Localized =>
  !!v &&
  typeof v === "object" &&
  ["fi", "sv", "en"].every((k) => typeof (v as Props)[k] === "string");

/** The well-formed entries of a topology's `meta.sources`; anything else is left out. */
function sourcesOf(meta: unknown): SourceEdition[] {
  const list = (meta as { sources?: unknown } | undefined)?.sources;
  if (!Array.isArray(list)) return [];
  return list.filter(
    (s): s is SourceEdition =>
      !!s &&
      typeof s.key === "string" &&
      typeof s.id === "string" &&
      typeof s.date === "string" &&
      typeof s.licence === "string" &&
      isLocalized(s.what) &&
      isLocalized(s.publisher),
  );
}

/** The source of a kind (population, land area…), if the atlas names it. */
export function sourceOf(atlas: Atlas, key: SourceKey): SourceEdition | undefined {
  return atlas.sources.find((s) => s.key === key);
}

/** The topology is not an atlas: its message says what is missing. */
export class AtlasError extends Error {
  override name = "AtlasError";
}

type Props = Record<string, unknown>;

/** A number the file gives, or null where it gives none. */
const figure = (value: unknown): number | null =>
  value === undefined || value === null || !Number.isFinite(Number(value)) ? null : Number(value);

function text(props: Props, key: string, fallback = ""): string {
  const value = props[key];
  return typeof value === "string" && value.trim() ? value.trim() : fallback;
}

function region(level: LevelId, id: unknown, props: Props): Region {
  const name = {
    fi: text(props, "name_fi"),
    sv: text(props, "name_sv"),
    en: text(props, "name_en"),
  };
  name.sv ||= name.fi;
  name.en ||= name.fi;
  const short = {
    fi: text(props, "short_fi", name.fi),
    sv: text(props, "short_sv", name.sv),
    en: text(props, "short_en", name.en),
  };
  const label: [number, number] = [Number(props.label_x), Number(props.label_y)];
  return { level, code: String(id), name, short, label };
}

/**
 * Reads the objects of an atlas topology built by geo/: one per level in the
 * registry (those `required` there must be present; another missing object
 * gives its level no regions). A topology that lacks a required object, or a
 * municipality without its codes or figures, raises an AtlasError naming it. A
 * region without a label point gets [NaN, NaN]; labels skip it. A municipality
 * belongs to the region of a level its property names, where the level has a
 * region of that code (Åland's county code, 91, names no county); it lies
 * outside both reforms where a level that leaves that region out has none for it.
 */
export function atlasFromTopology(value: unknown): Atlas {
  const topology = value as Topology;
  if (topology?.type !== "Topology" || !topology.objects || typeof topology.objects !== "object")
    throw new AtlasError("not a TopoJSON topology");
  const collection = (key: string, required: boolean) => {
    const object = topology.objects[key] as GeometryCollection<Props> | undefined;
    if (!object || !Array.isArray(object.geometries)) {
      if (required) throw new AtlasError(`the topology has no object "${key}"`);
      return [];
    }
    return object.geometries;
  };
  const regions = Object.fromEntries(
    LEVEL_IDS.map((level) => {
      const { object, required } = LEVELS[level];
      return [
        level,
        collection(object, required).map((g) => region(level, g.id, g.properties ?? {})),
      ];
    }),
  ) as Record<LevelId, Region[]>;
  const codes = Object.fromEntries(
    LEVEL_IDS.map((level) => [level, new Set(regions[level].map((r) => r.code))]),
  ) as Record<LevelId, Set<string>>;

  const municipalities = collection("municipalities", true).map((g): Municipality => {
    const p: Props = g.properties ?? {};
    const m = {
      code: String(g.id ?? ""),
      name: { fi: text(p, "name_fi"), sv: text(p, "name_sv", text(p, "name_fi")) },
      county: text(p, LEVELS.county.membership.property),
      employmentArea: text(p, LEVELS.employmentArea.membership.property),
      maakunta: text(p, LEVELS.maakunta.membership.property),
      outside: false,
      population: Number(p.population),
      landKm2: Number(p.land_km2),
      inlandWaterKm2: figure(p.inland_water_km2),
      seaKm2: figure(p.sea_km2),
      memberships: memberships(String(g.id ?? ""), p, codes),
    };
    if (!m.code || !m.county || !m.employmentArea || !m.name.fi)
      throw new AtlasError(`municipality "${m.code}" lacks a name, county or employment area`);
    if (!(m.population >= 0) || !(m.landKm2 > 0))
      throw new AtlasError(`municipality ${m.code} lacks its population or land area`);
    m.outside = m.memberships.outside !== null;
    return m;
  });
  return {
    topology,
    municipalities,
    regions,
    sources: sourcesOf((topology as { meta?: unknown }).meta),
    mergers: mergersOf((topology as { meta?: unknown }).meta),
  };
}

/** A municipality's region of every level: see `atlasFromTopology`. */
function memberships(
  code: string,
  props: Props,
  codes: Record<LevelId, Set<string>>,
): Record<LevelId, string | null> {
  const own = (level: LevelId): string | null => {
    const membership: Membership = LEVELS[level].membership;
    if (membership === "own") return code;
    if (membership === "outside") return null;
    const value = text(props, membership.property);
    return codes[level].has(value) ? value : null;
  };
  const found = Object.fromEntries(LEVEL_IDS.map((level) => [level, own(level)]));
  const outside = LEVEL_IDS.some(
    (level) =>
      LEVELS[level].membership !== "outside" &&
      !LEVELS[level].coversOutside &&
      codes[level].size > 0 &&
      found[level] === null,
  );
  for (const level of LEVEL_IDS)
    if (LEVELS[level].membership === "outside") found[level] = outside ? "outside" : null;
  return found as Record<LevelId, string | null>;
}

/** The code of a municipality's region of a level; null where it has none (Åland has no county). */
export function regionOf(m: Municipality, level: LevelId): string | null {
  return m.memberships[level] ?? null;
}
