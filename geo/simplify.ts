// Simplification of the municipal topology: fewer vertices, shared borders kept, crossings avoided.
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
import { ringCoordinates } from "./validity.ts";

type Props = Record<string, string | number>;
type Geometry = Polygon<Props> | MultiPolygon<Props>;
const EARTH_RADIUS_KM = 6371.0088;

export interface SimplifyOptions {
  /** Share of the non-junction vertices to keep (0–1), by spherical triangle area. */
  keep: number;
  /** Detached islands smaller than this (km²) are dropped, never a municipality's largest ring. */
  minIslandKm2: number;
}

/** Around these places (longitude, latitude), within this many degrees, every vertex is kept. */
export interface KeepNear {
  points: readonly [number, number][];
  radius: number;
}

/**
 * Visvalingam simplification by spherical triangle area. Arc endpoints (the
 * junctions between three or more municipalities) never move, so neighbours keep
 * sharing their borders: no gaps or overlaps. Every vertex near `keepNear` is
 * kept (where a simpler line would cross another). Detached rings (islands)
 * under the size limit are dropped, except each municipality's largest ring.
 */
export function simplifyAtlas(
  topo: Topology,
  options: SimplifyOptions,
  keepNear: KeepNear = { points: [], radius: 0 },
): Topology {
  const pre = presimplify(topo as Topology<Objects<Props>>, sphericalTriangleArea);
  const minWeight = quantile(pre, options.keep);
  if (keepNear.points.length)
    for (const arc of pre.arcs)
      for (const p of arc as number[][])
        if (
          keepNear.points.some(
            ([x, y]) =>
              Math.abs((p[0] as number) - x) <= keepNear.radius &&
              Math.abs((p[1] as number) - y) <= keepNear.radius,
          )
        )
          p[2] = Number.POSITIVE_INFINITY;
  const simplified = simplify(pre, minWeight);
  const attached = filterAttached(simplified) as unknown as (ring: number[]) => boolean;
  const largest = largestRings(simplified);
  const minIsland = options.minIslandKm2 / EARTH_RADIUS_KM ** 2;
  const keepRing = (ring: number[]) =>
    attached(ring) || largest.has(ring.join(",")) || ringArea(simplified, ring) >= minIsland;
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
  const arcs = topo.arcs.map((arc) => arc.map((p) => [p[0], p[1]] as [number, number]));
  const area = sphericalRingArea(ringCoordinates(arcs, ring), false);
  return Math.min(area, 4 * Math.PI - area);
}
