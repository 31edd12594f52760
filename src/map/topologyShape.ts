// Checks that a parsed JSON value is a TopoJSON topology the map can draw, before anything draws it. Pure.
import type { Topology } from "topojson-specification";

/** A topology that is not one: the message says what is wrong, in the words of the format. */
export class TopologyShapeError extends Error {
  override name = "TopologyShapeError";
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);
const isPair = (v: unknown) =>
  Array.isArray(v) && v.length >= 2 && Number.isFinite(v[0]) && Number.isFinite(v[1]);

/** Arc references nested `depth` arrays deep: every one an integer naming an arc (negative: reversed). */
function arcRefsValid(refs: unknown, depth: number, arcs: number): boolean {
  if (!Array.isArray(refs)) return false;
  if (depth === 0) return refs.every((i) => Number.isInteger(i) && (i >= 0 ? i < arcs : ~i < arcs));
  return refs.every((r) => arcRefsValid(r, depth - 1, arcs));
}

/** How deep a geometry type's arcs nest (LineString 1, Polygon 2, MultiPolygon 3); null for none. */
const ARC_DEPTH: Record<string, number | null> = {
  LineString: 1,
  MultiLineString: 2,
  Polygon: 2,
  MultiPolygon: 3,
  Point: null,
  MultiPoint: null,
};

/**
 * The value as a topology, or a TopologyShapeError naming the first thing
 * wrong: not a `Topology`; an arc that is not a list of coordinate pairs; a
 * transform without two numbers for scale and translate; one of the `objects`
 * the map needs missing or not a GeometryCollection; a geometry of an unknown
 * type, or whose arcs are not integers naming existing arcs. A topology that
 * passes can be converted to GeoJSON without an error.
 */
export function checkTopology(value: unknown, objects: readonly string[]): Topology {
  const fail = (what: string): never => {
    throw new TopologyShapeError(`not a topology the map can draw: ${what}`);
  };
  if (!isObject(value) || value.type !== "Topology") fail('no "type": "Topology"');
  const topology = value as Record<string, unknown>;
  const arcs = topology.arcs;
  if (!Array.isArray(arcs)) fail('"arcs" is not a list');
  const arcList = arcs as unknown[];
  if (!arcList.every((arc) => Array.isArray(arc) && arc.length >= 2 && arc.every(isPair)))
    fail("an arc is not a list of coordinate pairs");
  const transform = topology.transform;
  if (
    transform !== undefined &&
    (!isObject(transform) || !isPair(transform.scale) || !isPair(transform.translate))
  )
    fail('"transform" needs "scale" and "translate"');
  if (!isObject(topology.objects)) fail('"objects" is missing');
  const all = topology.objects as Record<string, unknown>;
  for (const name of objects) {
    const object = Object.hasOwn(all, name) ? all[name] : undefined;
    if (!isObject(object) || object.type !== "GeometryCollection")
      fail(`object "${name}" is missing`);
    const geometries = (object as Record<string, unknown>).geometries;
    if (!Array.isArray(geometries)) fail(`object "${name}" has no geometries`);
    for (const g of geometries as unknown[]) {
      if (!isObject(g) || typeof g.type !== "string" || !(g.type in ARC_DEPTH))
        fail(`object "${name}" has a geometry of no known type`);
      const geometry = g as Record<string, unknown>;
      const depth = ARC_DEPTH[geometry.type as string];
      if (
        depth !== null &&
        depth !== undefined &&
        !arcRefsValid(geometry.arcs, depth - 1, arcList.length)
      )
        fail(`object "${name}" refers to arcs that do not exist`);
    }
  }
  return value as unknown as Topology;
}
