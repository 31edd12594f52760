// Repairs of a quantized topology: rings collapsed to nothing, and vertices that make arcs overlap.
import { filter } from "topojson-simplify";
import type { Objects, Topology } from "topojson-specification";
import { GeoBuildError } from "./errors.ts";
import { arcCoordinates, arcCrossings, ringCoordinates, signedArea2 } from "./validity.ts";

type Point = [number, number];

/**
 * The topology without the rings that quantization or simplification collapsed
 * to zero area (a line or a point on the grid); arcs no ring uses any more are
 * pruned. Such rings draw nothing and make a polygon invalid.
 */
export function dropZeroAreaRings(topology: Topology): Topology {
  const arcs = arcCoordinates(topology, "grid");
  const keep = (ring: number[]) => signedArea2(ringCoordinates(arcs, ring)) !== 0;
  return filter(topology as Topology<Objects>, keep as never) as Topology;
}

/** Twice the area of the triangle a vertex makes with its neighbours: what removing it changes. */
const triangle = (a: Point, b: Point, c: Point) =>
  Math.abs((b[0] - a[0]) * (c[1] - a[1]) - (c[0] - a[0]) * (b[1] - a[1]));

/**
 * Removes, one at a time, the interior vertex (never an arc's end, where
 * neighbours meet) whose removal changes its arc least among those of two
 * segments that meet where they should not, until no segments meet or no such
 * vertex is left. On the 1:1 000 000 grid this takes out slivers a metre wide
 * that quantization folded onto a neighbouring segment. Returns the repaired
 * topology and the crossings left (none, normally).
 */
export function removeOverlapVertices(
  topology: Topology,
  maxSteps = 100,
): { topology: Topology; left: ReturnType<typeof arcCrossings> } {
  let t = topology;
  for (let step = 0; step < maxSteps; step++) {
    const crossings = arcCrossings(t);
    const crossing = crossings[0];
    if (!crossing) return { topology: t, left: [] };
    const arcs = arcCoordinates(t, "grid");
    const candidates = crossing.segments.flatMap(([arc, i]) =>
      [i - 1, i].flatMap((v) => {
        const points = arcs[arc] ?? [];
        if (v <= 0 || v >= points.length - 1) return [];
        return [
          {
            arc,
            v,
            cost: triangle(points[v - 1] as Point, points[v] as Point, points[v + 1] as Point),
          },
        ];
      }),
    );
    const best = candidates.sort((a, b) => a.cost - b.cost)[0];
    if (!best) return { topology: t, left: crossings };
    const points = arcs[best.arc] ?? [];
    points.splice(best.v, 1);
    t = { ...t, arcs: t.arcs.map((arc, i) => (i === best.arc ? deltaEncode(points) : arc)) };
  }
  return { topology: t, left: arcCrossings(t) };
}

/** Absolute grid points as a delta-encoded TopoJSON arc. */
function deltaEncode(points: readonly Point[]): Point[] {
  let [x, y] = [0, 0];
  return points.map(([px, py]) => {
    const d: Point = [px - x, py - y];
    [x, y] = [px, py];
    return d;
  });
}

/**
 * Removes the vertices quantization folded onto a neighbouring segment, then the rings
 * that collapsed to zero area; stops the build, naming where (`what`'s arcs), if any
 * crossing is left.
 */
export function repairedOrStop(topology: Topology, what: string): Topology {
  const repaired = removeOverlapVertices(topology);
  if (repaired.left.length)
    throw new GeoBuildError(
      `${what} still cross at ${repaired.left.map((c) => c.at.map((v) => v.toFixed(4)).join(" ")).join("; ")}`,
    );
  return dropZeroAreaRings(repaired.topology);
}
