// Checks of a topology's geometry: rings with no area, lines that cross, and which way rings wind.
import type { GeometryCollection, MultiPolygon, Polygon, Topology } from "topojson-specification";

type Point = [number, number];

/**
 * Every arc's absolute coordinates, delta encoding undone: in longitude and
 * latitude, or for a quantized topology on its integer grid, where area and
 * crossing tests are exact.
 */
export function arcCoordinates(topology: Topology, units: "lnglat" | "grid" = "lnglat"): Point[][] {
  const t = topology.transform;
  return topology.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    return arc.map((p) => {
      if (!t) return [p[0] as number, p[1] as number];
      x += p[0] as number;
      y += p[1] as number;
      return units === "grid"
        ? [x, y]
        : [x * t.scale[0] + t.translate[0], y * t.scale[1] + t.translate[1]];
    });
  });
}

/** A ring's coordinates from its arc indexes (a negative index is the arc reversed). */
export function ringCoordinates(arcs: Point[][], ring: readonly number[]): Point[] {
  const points: Point[] = [];
  for (const index of ring) {
    const arc = arcs[index < 0 ? ~index : index] ?? [];
    const ordered = index < 0 ? [...arc].reverse() : arc;
    ordered.forEach((p, i) => {
      if (i > 0 || points.length === 0) points.push(p);
    });
  }
  return points;
}

/** Twice the signed planar area of a ring: positive when it winds anticlockwise (x east, y north). */
export function signedArea2(ring: readonly Point[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const a = ring[j] as Point;
    const b = ring[i] as Point;
    sum += a[0] * b[1] - b[0] * a[1];
  }
  return sum;
}

export interface RingRef {
  object: string;
  id: string;
  /** Index of the polygon in the geometry, and of the ring in the polygon (0 is the exterior). */
  polygon: number;
  ring: number;
  arcs: number[];
}

/** Every ring of every polygon geometry of every object. */
export function rings(topology: Topology): RingRef[] {
  const out: RingRef[] = [];
  for (const [object, value] of Object.entries(topology.objects)) {
    for (const g of (value as GeometryCollection).geometries ?? []) {
      const polygons =
        g.type === "Polygon"
          ? [(g as Polygon).arcs]
          : g.type === "MultiPolygon"
            ? (g as MultiPolygon).arcs
            : [];
      for (const [p, polygon] of polygons.entries())
        for (const [r, ring] of polygon.entries())
          out.push({ object, id: String(g.id), polygon: p, ring: r, arcs: ring });
    }
  }
  return out;
}

/** Rings whose area is zero: collapsed to a line or a point by simplification or quantization. */
export function zeroAreaRings(topology: Topology): RingRef[] {
  const arcs = arcCoordinates(topology, "grid");
  return rings(topology).filter((r) => signedArea2(ringCoordinates(arcs, r.arcs)) === 0);
}

/**
 * Rings that wind the wrong way for RFC 7946 as topojson-client turns them into
 * GeoJSON: exteriors anticlockwise, holes clockwise.
 */
export function wronglyWound(topology: Topology): RingRef[] {
  const arcs = arcCoordinates(topology);
  return rings(topology).filter((r) => {
    const area = signedArea2(ringCoordinates(arcs, r.arcs));
    return r.ring === 0 ? area < 0 : area > 0;
  });
}

export interface Crossing {
  arcs: [number, number];
  /** The two segments, as [arc, index of the segment's end vertex]. */
  segments: [[number, number], [number, number]];
  /** Where (longitude, latitude): the first segment's start. */
  at: Point;
}

const orientation = (a: Point, b: Point, c: Point) =>
  Math.sign((b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]));
const onSegment = (a: Point, b: Point, p: Point) =>
  Math.min(a[0], b[0]) <= p[0] &&
  p[0] <= Math.max(a[0], b[0]) &&
  Math.min(a[1], b[1]) <= p[1] &&
  p[1] <= Math.max(a[1], b[1]);
const same = (a: Point, b: Point) => a[0] === b[0] && a[1] === b[1];

/**
 * Whether segments ab and cd meet anywhere but at an endpoint they share:
 * a proper crossing, a touch of one's interior, or an overlap.
 */
function segmentsMeet(a: Point, b: Point, c: Point, d: Point): boolean {
  const shared = same(a, c) || same(a, d) || same(b, c) || same(b, d);
  const o1 = orientation(a, b, c);
  const o2 = orientation(a, b, d);
  const o3 = orientation(c, d, a);
  const o4 = orientation(c, d, b);
  if (o1 !== o2 && o3 !== o4 && o1 !== 0 && o2 !== 0 && o3 !== 0 && o4 !== 0) return true;
  if (shared) {
    // Sharing an endpoint is fine unless the segments also overlap along a line.
    if (o1 === 0 && o2 === 0) {
      const [p, q] = same(a, c) || same(b, c) ? [d, c] : [c, d];
      const other = same(p, a) || same(p, b) ? q : p;
      return !same(other, a) && !same(other, b) && onSegment(a, b, other);
    }
    return false;
  }
  return (
    (o1 === 0 && onSegment(a, b, c)) ||
    (o2 === 0 && onSegment(a, b, d)) ||
    (o3 === 0 && onSegment(c, d, a)) ||
    (o4 === 0 && onSegment(c, d, b))
  );
}

/**
 * Every place where two segments of the topology's arcs meet other than at a
 * shared endpoint: a ring that crosses itself, two rings that cross, a border
 * that touches another. In a valid topology arcs meet only at their ends.
 * Segments are found through a grid, so this is fast on the whole atlas.
 */
export function arcCrossings(topology: Topology): Crossing[] {
  const arcs = arcCoordinates(topology, "grid");
  const lnglat = arcCoordinates(topology);
  const segments: { arc: number; i: number; a: Point; b: Point }[] = [];
  arcs.forEach((arc, index) => {
    for (let i = 1; i < arc.length; i++)
      segments.push({ arc: index, i, a: arc[i - 1] as Point, b: arc[i] as Point });
  });
  if (!segments.length) return [];
  let [x0, x1, y0, y1] = [Infinity, -Infinity, Infinity, -Infinity];
  for (const { a, b } of segments)
    for (const [x, y] of [a, b]) {
      x0 = Math.min(x0, x);
      x1 = Math.max(x1, x);
      y0 = Math.min(y0, y);
      y1 = Math.max(y1, y);
    }
  const n = Math.ceil(Math.sqrt(segments.length));
  const cw = (x1 - x0) / n || 1;
  const ch = (y1 - y0) / n || 1;
  const grid = new Map<number, number[]>();
  const cells = (s: (typeof segments)[number]) => {
    const c0 = Math.floor((Math.min(s.a[0], s.b[0]) - x0) / cw);
    const c1 = Math.floor((Math.max(s.a[0], s.b[0]) - x0) / cw);
    const r0 = Math.floor((Math.min(s.a[1], s.b[1]) - y0) / ch);
    const r1 = Math.floor((Math.max(s.a[1], s.b[1]) - y0) / ch);
    const out: number[] = [];
    for (let c = c0; c <= c1; c++) for (let r = r0; r <= r1; r++) out.push(r * (n + 1) + c);
    return out;
  };
  segments.forEach((s, k) => {
    for (const cell of cells(s)) grid.set(cell, [...(grid.get(cell) ?? []), k]);
  });
  const found = new Map<string, Crossing>();
  for (const members of grid.values())
    for (let p = 0; p < members.length; p++)
      for (let q = p + 1; q < members.length; q++) {
        const s = segments[members[p] as number];
        const t = segments[members[q] as number];
        if (!s || !t) continue;
        // Consecutive segments of one arc share a vertex by construction.
        if (s.arc === t.arc && Math.abs(s.i - t.i) === 1) {
          if (!(orientation(s.a, s.b, t.b) === 0 && same(s.b, t.a) && onSegment(s.a, s.b, t.b)))
            continue;
        }
        if (!segmentsMeet(s.a, s.b, t.a, t.b)) continue;
        const key = [s.arc, s.i, t.arc, t.i].join(",");
        found.set(key, {
          arcs: [s.arc, t.arc],
          segments: [
            [s.arc, s.i],
            [t.arc, t.i],
          ],
          at: lnglat[s.arc]?.[s.i - 1] ?? s.a,
        });
      }
  return [...found.values()];
}
