// Builds the atlas topology: municipalities, and counties and employment areas merged from them.
import { mergeArcs, quantize } from "topojson-client";
import { topology } from "topojson-server";
import {
  filter,
  filterAttached,
  presimplify,
  quantile,
  simplify,
  sphericalRingArea,
  sphericalTriangleArea,
} from "topojson-simplify";
import type {
  GeometryCollection,
  MultiPolygon,
  Objects,
  Polygon,
  Topology,
} from "topojson-specification";
import { GeoBuildError } from "./errors.ts";
import type { MunicipalityRecord } from "./municipalities.ts";
import type { AtlasExpectations, Names } from "./types.ts";

/** How coarse the output is. Without `simplify`, every source vertex is kept. */
export interface Resolution {
  /** Quantization (points per axis), as in TopoJSON's transform. */
  quantization: number;
  simplify?: {
    /** Share of the non-junction vertices to keep (0–1), by spherical triangle area. */
    keep: number;
    /** Detached islands smaller than this (km²) are dropped, never a municipality's largest ring. */
    minIslandKm2: number;
  };
}

export interface AtlasNames {
  counties: Map<string, Names>;
  /** Short county names for labels and table matching; a county without one stops the build. */
  countyShort: Record<string, Names>;
  employmentAreas: Map<string, Names>;
  /** Regions (maakunta), Åland's included. */
  maakunnat: Map<string, Names>;
  /** Name of the region outside both reforms (Åland). */
  outside: Names;
}

/** Properties as written: flat strings and numbers, as MapLibre wants them. */
type Props = Record<string, string | number>;
type Geometry = Polygon<Props> | MultiPolygon<Props>;
const EARTH_RADIUS_KM = 6371.0088;

/**
 * Builds one topology whose objects all share arcs: `municipalities` (id = code),
 * `counties` and `employmentAreas` merged from them (id = code; the region outside
 * both reforms left out), `maakunnat` (the 19 regions, Åland's included), and
 * `outside` (the region outside both reforms, id "outside"). Geometries are
 * sorted by id; the result is a pure function of its input, so repeated builds are
 * byte-identical once serialized.
 */
export function buildAtlas(
  records: readonly MunicipalityRecord[],
  names: AtlasNames,
  expect: AtlasExpectations,
  resolution: Resolution,
): Topology {
  const features = records.flatMap((m) => m.pieces.map((f) => ({ ...f, id: m.code })));
  let topo = topology({ municipalities: { type: "FeatureCollection", features } } as never);
  const pieces = (topo.objects.municipalities as GeometryCollection).geometries as Geometry[];

  const municipalities = records.map((m) => {
    const merged = mergeArcs(
      topo,
      pieces.filter((g) => g.id === m.code),
    ) as Geometry;
    return {
      type: merged.type,
      arcs: merged.arcs,
      id: m.code,
      properties: {
        name_fi: m.name.fi,
        name_sv: m.name.sv,
        county: m.county,
        employment_area: m.employmentArea,
        maakunta: m.maakunta,
        population: m.population,
        land_km2: m.areas.land,
        inland_water_km2: m.areas.inlandWater,
        sea_km2: m.areas.sea,
      },
    } as Geometry;
  });
  // Filtering with an always-true test prunes arcs that merging left unused.
  topo = filter(
    { ...topo, objects: { municipalities: collection(municipalities) } },
    () => true,
  ) as Topology;

  if (resolution.simplify) topo = simplifyAtlas(topo, resolution.simplify);
  const kept = (topo.objects.municipalities as GeometryCollection).geometries as Geometry[];
  for (const m of records)
    if (!kept.some((g) => g.id === m.code && g.type))
      throw new GeoBuildError(`simplification removed municipality ${m.code} entirely`);

  type Key = "county" | "employment_area" | "maakunta";
  const by = (key: Key, code: string) => kept.filter((g) => g.properties?.[key] === code);
  const region = (key: Key, code: string, n: Names, short?: Names) => ({
    ...(mergeArcs(topo, by(key, code)) as Geometry),
    id: code,
    properties: {
      name_fi: n.fi,
      name_sv: n.sv,
      name_en: n.en,
      ...(short ? { short_fi: short.fi, short_sv: short.sv, short_en: short.en } : {}),
    },
  });
  const sortedCodes = (key: Key, outside: string | null) =>
    [...new Set(kept.map((g) => String(g.properties?.[key])))].filter((c) => c !== outside).sort();

  const counties = sortedCodes("county", expect.outsideCounty).map((c) =>
    region(
      "county",
      c,
      namesFor(names.counties, c, "county"),
      namesFor(new Map(Object.entries(names.countyShort)), c, "county (short name)"),
    ),
  );
  const areas = sortedCodes("employment_area", expect.outsideEmploymentArea).map((c) =>
    region("employment_area", c, namesFor(names.employmentAreas, c, "employment area")),
  );
  const maakunnat = sortedCodes("maakunta", null).map((c) =>
    region("maakunta", c, namesFor(names.maakunnat, c, "region (maakunta)")),
  );
  const outside = { ...region("county", expect.outsideCounty, names.outside), id: "outside" };

  const objects = {
    municipalities: collection(kept),
    counties: collection(counties),
    employmentAreas: collection(areas),
    maakunnat: collection(maakunnat),
    outside: collection(outside.arcs.length ? [outside] : []),
  };
  return quantize({ ...topo, objects }, resolution.quantization);
}

function namesFor(names: Map<string, Names>, code: string, what: string): Names {
  const n = names.get(code);
  if (!n) throw new GeoBuildError(`no name for ${what} ${code}`);
  return n;
}

function collection(geometries: Geometry[]): GeometryCollection<Props> {
  return { type: "GeometryCollection", geometries };
}

/**
 * Visvalingam simplification by spherical triangle area. Arc endpoints (the
 * junctions between three or more municipalities) never move, so neighbours keep
 * sharing their borders: no gaps or overlaps. Detached rings (islands) under the
 * size limit are dropped, except each municipality's largest ring.
 */
function simplifyAtlas(topo: Topology, options: NonNullable<Resolution["simplify"]>): Topology {
  const pre = presimplify(topo as Topology<Objects<Props>>, sphericalTriangleArea);
  const simplified = simplify(pre, quantile(pre, options.keep));
  const attached = filterAttached(simplified) as unknown as (ring: number[]) => boolean;
  const largest = largestRings(simplified);
  const minWeight = options.minIslandKm2 / EARTH_RADIUS_KM ** 2;
  const keepRing = (ring: number[]) =>
    attached(ring) || largest.has(ring.join(",")) || ringArea(simplified, ring) >= minWeight;
  return filter(simplified as Topology<Objects<Props>>, keepRing as never) as Topology;
}

/** Arc lists (joined) of each municipality's largest exterior ring. */
function largestRings(topo: Topology): Set<string> {
  const keys = new Set<string>();
  for (const g of (topo.objects.municipalities as GeometryCollection).geometries as Geometry[]) {
    const polygons = g.type === "Polygon" ? [g.arcs] : g.arcs;
    let best: number[] | undefined;
    let bestArea = -1;
    for (const polygon of polygons) {
      const ring = polygon[0] as number[];
      const area = ringArea(topo, ring);
      if (area > bestArea) [best, bestArea] = [ring, area];
    }
    if (best) keys.add(best.join(","));
  }
  return keys;
}

/**
 * Spherical area (steradians) of a ring given as arc indexes, whatever its
 * winding: the smaller of the two areas it bounds on the sphere.
 */
function ringArea(topo: Topology, ring: number[]): number {
  const area = sphericalRingArea(ringCoordinates(topo, ring), false);
  return Math.min(area, 4 * Math.PI - area);
}

/** Coordinates of a ring given as arc indexes (unquantized topology). */
function ringCoordinates(topo: Topology, ring: number[]): [number, number][] {
  const points: [number, number][] = [];
  for (const index of ring) {
    const arc = topo.arcs[index < 0 ? ~index : index] ?? [];
    const ordered = index < 0 ? [...arc].reverse() : arc;
    ordered.forEach((p, i) => {
      if (i > 0 || points.length === 0) points.push([p[0] as number, p[1] as number]);
    });
  }
  return points;
}
