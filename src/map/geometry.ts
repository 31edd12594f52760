// The GeoJSON the map draws, converted from the atlas topology once per level and border, when first asked for.
import { clipPolygon, clipPolyline } from "lineclip";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import { borderLine, borderSource, hasShapes } from "../analysis/borderLines.ts";
import { type BorderKind, LEVELS, type LevelId } from "../data/levels.ts";
import type { LayerSource } from "../scene/layers.ts";

export type RegionCollection = GeoJSON.FeatureCollection<
  GeoJSON.Polygon | GeoJSON.MultiPolygon,
  { code: string }
>;

export interface MapGeometry {
  /**
   * Whether it can draw a layer source: a first view's topology has no shapes
   * for municipalities, regions or sub-regions (a level missing from the
   * topology altogether has none to wait for, and counts as drawable).
   */
  has(source: LayerSource): boolean;
  /** The regions of a level, each feature with `properties.code`. */
  regions(level: LevelId): RegionCollection;
  /** One kind of border line (see analysis/borderLines). */
  border(kind: BorderKind): GeoJSON.MultiLineString;
  /** Countries around Finland, once loaded; empty before. */
  neighbours: GeoJSON.FeatureCollection;
}

/** Features of one object, each with `properties.code` = its id. A missing object gives none. */
export function regionFeatures(topology: Topology, key: string): RegionCollection {
  const object = topology.objects[key] as GeometryCollection | undefined;
  if (!object) return { type: "FeatureCollection", features: [] };
  const collection = feature(topology, object) as GeoJSON.FeatureCollection<
    GeoJSON.Polygon | GeoJSON.MultiPolygon
  >;
  return {
    type: "FeatureCollection",
    features: collection.features
      .filter((f) => f.geometry)
      .map((f) => ({
        type: "Feature",
        properties: { code: String(f.id) },
        geometry: f.geometry,
      })),
  };
}

const EMPTY: GeoJSON.FeatureCollection = { type: "FeatureCollection", features: [] };

/**
 * The geometry of one topology. Conversions are made on first use and kept:
 * the municipalities' 308 polygons and their mesh cost nothing until a view
 * shades municipalities. `crossingAreas` are the codes of the employment areas
 * that cross county borders, whose outlines are drawn heavier.
 */
export function mapGeometry(
  topology: Topology,
  crossingAreas: ReadonlySet<string>,
  neighbours: GeoJSON.FeatureCollection = EMPTY,
): MapGeometry {
  const regions = new Map<LevelId, RegionCollection>();
  const borders = new Map<BorderKind, GeoJSON.MultiLineString>();
  return {
    has(source) {
      if (source === "neighbours") return true;
      if (source.startsWith("border:"))
        return borderSource(topology, source.slice("border:".length) as BorderKind) !== null;
      const object = LEVELS[source as LevelId].object;
      return !topology.objects[object] || hasShapes(topology, object);
    },
    regions(level) {
      const known = regions.get(level);
      if (known) return known;
      const made = regionFeatures(topology, LEVELS[level].object);
      regions.set(level, made);
      return made;
    },
    border(kind) {
      const known = borders.get(kind);
      if (known) return known;
      const made = borderLine(topology, kind, crossingAreas);
      borders.set(kind, made);
      return made;
    },
    neighbours,
  };
}

/** The same geometry with the neighbouring countries, which arrive after the first paint. */
export function withNeighbours(
  geometry: MapGeometry,
  neighbours: GeoJSON.FeatureCollection,
): MapGeometry {
  return { ...geometry, neighbours };
}

/** The features a layer source stands for. */
export function sourceFeatures(
  geometry: MapGeometry,
  source: LayerSource,
): GeoJSON.FeatureCollection {
  if (source === "neighbours") return geometry.neighbours;
  if (source.startsWith("border:")) {
    const lines = geometry.border(source.slice("border:".length) as BorderKind);
    return {
      type: "FeatureCollection",
      features: [{ type: "Feature", properties: {}, geometry: lines }],
    };
  }
  return geometry.regions(source as LevelId);
}

type Box = [[number, number], [number, number]];

/** A ring's bounding box, [west, south, east, north]. */
export function ringBox(ring: readonly GeoJSON.Position[]): [number, number, number, number] {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const p of ring) {
    const x = p[0] as number;
    const y = p[1] as number;
    if (x < x0) x0 = x;
    if (x > x1) x1 = x;
    if (y < y0) y0 = y;
    if (y > y1) y1 = y;
  }
  return [x0, y0, x1, y1];
}

/** Whether a ring's bounding box meets [west, south, east, north]. */
function overlaps(ring: GeoJSON.Position[], [west, south, east, north]: number[]): boolean {
  const [x0, y0, x1, y1] = ringBox(ring);
  return (
    x1 >= (west as number) &&
    x0 <= (east as number) &&
    y1 >= (south as number) &&
    y0 <= (north as number)
  );
}

/**
 * The geometry clipped to a box: polygons (Sutherland–Hodgman) and lines
 * (Cohen–Sutherland) cut at its edges, so a magnified view of a small area
 * draws only what it shows. A clipped ring runs along the box's edge where it
 * was cut; a view of exactly that box never shows those edges inside it.
 */
export function clippedTo(geometry: MapGeometry, [[west, south], [east, north]]: Box): MapGeometry {
  const bbox: [number, number, number, number] = [west, south, east, north];
  const regions = new Map<LevelId, RegionCollection>();
  const borders = new Map<BorderKind, GeoJSON.MultiLineString>();
  const clipRings = (rings: GeoJSON.Position[][]) =>
    rings
      .map((ring) => clipPolygon(ring as [number, number][], bbox))
      .filter((ring) => ring.length >= 3);
  return {
    has: (source) => geometry.has(source),
    regions(level) {
      const known = regions.get(level);
      if (known) return known;
      const all = geometry.regions(level);
      const features = all.features.flatMap((f) => {
        const polygons =
          f.geometry.type === "Polygon" ? [f.geometry.coordinates] : f.geometry.coordinates;
        const clipped = polygons
          // A polygon wholly outside the box is dropped before any clipping (most of them, for the inset).
          .filter((p) => overlaps(p[0] ?? [], bbox))
          .map(clipRings)
          .filter((p) => p.length > 0 && (p[0]?.length ?? 0) >= 3);
        return clipped.length
          ? [{ ...f, geometry: { type: "MultiPolygon" as const, coordinates: clipped } }]
          : [];
      });
      const made = { ...all, features };
      regions.set(level, made);
      return made;
    },
    border(kind) {
      const known = borders.get(kind);
      if (known) return known;
      const lines: [number, number][][] = [];
      for (const line of geometry.border(kind).coordinates)
        clipPolyline(line as [number, number][], bbox, lines);
      const made: GeoJSON.MultiLineString = { type: "MultiLineString", coordinates: lines };
      borders.set(kind, made);
      return made;
    },
    neighbours: geometry.neighbours,
  };
}
