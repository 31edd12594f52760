// The atlas as the app uses it: municipalities, counties and employment areas read from the topology.
import type { GeometryCollection, Topology } from "topojson-specification";
import type { Localized } from "../i18n/language.ts";

export interface Municipality {
  code: string;
  name: { fi: string; sv: string };
  county: string;
  employmentArea: string;
  population: number;
  areaKm2: number;
}

/** A county area or an employment area: a union of municipalities. */
export interface Region {
  code: string;
  name: Localized;
  /** Short name for labels and matching; the full name where the data has none. */
  short: Localized;
}

export interface Atlas {
  topology: Topology;
  municipalities: Municipality[];
  counties: Region[];
  employmentAreas: Region[];
  /** The region outside both reforms (Åland), if the topology has it. */
  outside: Region | null;
}

/** The topology is not an atlas: its message says what is missing. */
export class AtlasError extends Error {
  override name = "AtlasError";
}

type Props = Record<string, unknown>;

function text(props: Props, key: string, fallback = ""): string {
  const value = props[key];
  return typeof value === "string" && value.trim() ? value.trim() : fallback;
}

function region(id: unknown, props: Props): Region {
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
  return { code: String(id), name, short };
}

/**
 * Reads the objects `municipalities`, `counties`, `employmentAreas` (required)
 * and `outside` (optional) of an atlas topology built by geo/. A topology that
 * lacks an object, or a municipality without its codes or figures, raises an
 * AtlasError naming it. Regions come in the order of the file (sorted by code).
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

  const municipalities = collection("municipalities", true).map((g): Municipality => {
    const p: Props = g.properties ?? {};
    const m = {
      code: String(g.id ?? ""),
      name: { fi: text(p, "name_fi"), sv: text(p, "name_sv", text(p, "name_fi")) },
      county: text(p, "county"),
      employmentArea: text(p, "employment_area"),
      population: Number(p.population),
      areaKm2: Number(p.area_km2),
    };
    if (!m.code || !m.county || !m.employmentArea || !m.name.fi)
      throw new AtlasError(`municipality "${m.code}" lacks a name, county or employment area`);
    if (!(m.population >= 0) || !(m.areaKm2 > 0))
      throw new AtlasError(`municipality ${m.code} lacks its population or area`);
    return m;
  });
  const regions = (key: string, required: boolean) =>
    collection(key, required).map((g) => region(g.id, g.properties ?? {}));
  return {
    topology,
    municipalities,
    counties: regions("counties", true),
    employmentAreas: regions("employmentAreas", true),
    outside: regions("outside", false)[0] ?? null,
  };
}
