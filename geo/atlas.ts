// Builds the atlas topology: municipalities, and the regions of every level merged from them.
import { mergeArcs, quantize } from "topojson-client";
import { topology } from "topojson-server";
import { filter } from "topojson-simplify";
import type { GeometryCollection, MultiPolygon, Polygon, Topology } from "topojson-specification";
import { GeoBuildError } from "./errors.ts";
import { GEO_LEVEL_IDS, GEO_LEVELS, type GeoLevelId } from "./levels.ts";
import type { MunicipalityRecord } from "./municipalities.ts";
import { dropZeroAreaRings, repairedOrStop } from "./repair.ts";
import { type SimplifyOptions, simplifyAtlas } from "./simplify.ts";
import type { AtlasExpectations, Names } from "./types.ts";
import { arcCoordinates, arcCrossings, ringCoordinates, rings, signedArea2 } from "./validity.ts";
import { rewind } from "./winding.ts";

/** How coarse the output is. Without `simplify`, every source vertex is kept. */
export interface Resolution {
  /** Quantization (points per axis), as in TopoJSON's transform. */
  quantization: number;
  simplify?: SimplifyOptions;
}

export interface AtlasNames {
  /** The names of every level's regions by code (the classification's). */
  levels: Record<GeoLevelId, Map<string, Names>>;
  /**
   * Short names for labels and table matching, for the levels that have them
   * (the counties'): a region of such a level without one stops the build.
   */
  short: Partial<Record<GeoLevelId, Readonly<Record<string, Names>>>>;
  /** Name of the region outside both reforms (Åland). */
  outside: Names;
}

/** Properties as written: flat strings and numbers, as MapLibre wants them. */
type Props = Record<string, string | number>;
type Geometry = Polygon<Props> | MultiPolygon<Props>;

/**
 * Builds one topology whose objects all share arcs: `municipalities` (id = code),
 * one object per level of `GEO_LEVELS` merged from them (id = code; the region
 * outside both reforms left out of the reforms' levels: `counties`,
 * `employmentAreas`; Åland's kept in `maakunnat` and `seutukunnat`), and
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
  const features = records.flatMap((m) =>
    m.pieces.map((f) => ({ ...f, id: m.code, geometry: rewind(f.geometry) })),
  );
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
        ...Object.fromEntries(
          GEO_LEVEL_IDS.map((id) => [GEO_LEVELS[id].property, m.memberships[id]]),
        ),
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

  // Simplify and quantize; where a simpler line crosses another, or a municipality would
  // collapse to nothing, keep every vertex there and try again.
  const keepNear: [number, number][] = [];
  for (let attempt = 0; ; attempt++) {
    const simple = resolution.simplify
      ? simplifyAtlas(topo, resolution.simplify, { points: keepNear, radius: KEEP_RADIUS })
      : topo;
    const quantized = quantize(simple as never, resolution.quantization) as Topology;
    const collapsed = collapsedMunicipalities(quantized);
    const cleaned = dropZeroAreaRings(quantized);
    const crossings = arcCrossings(cleaned);
    if (!crossings.length && !collapsed.length) return withRegions(cleaned, records, names, expect);
    if (!resolution.simplify || attempt >= MAX_ATTEMPTS) {
      if (collapsed.length)
        throw new GeoBuildError(
          `municipalities collapse to nothing: ${collapsed.map((c) => c.id).join(", ")}`,
        );
      // What is left comes of quantization: slivers folded onto a neighbouring segment.
      return withRegions(repairedOrStop(cleaned, "arcs"), records, names, expect);
    }
    keepNear.push(
      ...crossings.map((c) => c.at),
      ...collapsed.flatMap((c) => verticesOf(topo, c.id)),
    );
  }
}

/** Every vertex of a municipality's rings in the unsimplified topology. */
function verticesOf(topo: Topology, id: string): [number, number][] {
  const arcs = arcCoordinates(topo);
  return rings(topo)
    .filter((r) => r.object === "municipalities" && r.id === id)
    .flatMap((r) => ringCoordinates(arcs, r.arcs));
}

/**
 * Municipalities whose every ring has zero area on the grid (so dropping
 * collapsed rings would remove them).
 */
function collapsedMunicipalities(topology: Topology): { id: string }[] {
  const grid = arcCoordinates(topology, "grid");
  const live = new Map<string, boolean>();
  for (const r of rings(topology)) {
    if (r.object !== "municipalities") continue;
    const area = signedArea2(ringCoordinates(grid, r.arcs));
    live.set(r.id, (live.get(r.id) ?? false) || area !== 0);
  }
  return [...live].filter(([, alive]) => !alive).map(([id]) => ({ id }));
}

/** Around a crossing, every vertex within this many degrees (about 2 km) is kept. */
const KEEP_RADIUS = 0.02;
/** Simplification is retried at most this many times before quantization repairs take over. */
const MAX_ATTEMPTS = 8;

/**
 * The atlas's objects over a (simplified) municipal topology: the municipalities,
 * and counties, employment areas, regions and the outside region merged from them.
 */
function withRegions(
  topo: Topology,
  records: readonly MunicipalityRecord[],
  names: AtlasNames,
  expect: AtlasExpectations,
): Topology {
  const kept = (topo.objects.municipalities as GeometryCollection).geometries as Geometry[];
  for (const m of records)
    if (!kept.some((g) => g.id === m.code && g.type))
      throw new GeoBuildError(`simplification removed municipality ${m.code} entirely`);

  const by = (id: GeoLevelId, code: string) =>
    kept.filter((g) => g.properties?.[GEO_LEVELS[id].property] === code);
  const region = (id: GeoLevelId, code: string, n: Names, short?: Names) => ({
    ...(mergeArcs(topo, by(id, code)) as Geometry),
    id: code,
    properties: {
      name_fi: n.fi,
      name_sv: n.sv,
      name_en: n.en,
      ...(short ? { short_fi: short.fi, short_sv: short.sv, short_en: short.en } : {}),
    },
  });
  const regions = (id: GeoLevelId) => {
    const { property, one } = GEO_LEVELS[id];
    const short = names.short[id];
    return [...new Set(kept.map((g) => String(g.properties?.[property])))]
      .filter((c) => c !== expect.outside[id])
      .sort()
      .map((c) =>
        region(
          id,
          c,
          namesFor(names.levels[id], c, one),
          short ? namesFor(new Map(Object.entries(short)), c, `${one} (short name)`) : undefined,
        ),
      );
  };
  // The region outside both reforms: the municipalities with a reform's outside code.
  const [reform, outsideCode] = Object.entries(expect.outside)[0] ?? [];
  const outside: Geometry[] = [];
  if (reform && outsideCode) {
    const merged = region(reform as GeoLevelId, outsideCode, names.outside);
    if (merged.arcs.length) outside.push({ ...merged, id: "outside" });
  }

  const objects = {
    municipalities: collection(kept),
    ...Object.fromEntries(
      GEO_LEVEL_IDS.map((id) => [GEO_LEVELS[id].object, collection(regions(id))]),
    ),
    outside: collection(outside),
  };
  // The regions are merged from the quantized municipalities: they share every arc.
  return { ...topo, objects };
}

function namesFor(names: Map<string, Names>, code: string, what: string): Names {
  const n = names.get(code);
  if (!n) throw new GeoBuildError(`no name for ${what} ${code}`);
  return n;
}

function collection(geometries: Geometry[]): GeometryCollection<Props> {
  return { type: "GeometryCollection", geometries };
}
