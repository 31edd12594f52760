// The border lines the map draws, as meshes of the atlas topology: each shared arc once.
import { mesh } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import { type BorderKind, LEVELS, type LevelId, type Membership } from "../data/levels.ts";
import { crossingBorders } from "./crossingBorders.ts";

type Props = Record<string, unknown>;

type Test = (a: Props, b: Props) => boolean;

/** Whether an object of the topology has shapes: a first view's file keeps some objects without. */
export function hasShapes(topology: Topology, key: string): boolean {
  const object = topology.objects[key] as GeometryCollection | undefined;
  return !!object?.geometries?.some((g) => g.type !== null);
}

/** The test of a level's border: between municipalities its membership puts in different regions. */
function levelTest(level: LevelId): Test {
  const membership: Membership = LEVELS[level].membership;
  if (membership === "own") return () => true;
  if (membership === "outside") return () => false;
  return (a, b) => a[membership.property] !== b[membership.property];
}

/** Where a kind of border comes from in a topology; null where it has no shapes to draw it from. */
export function borderSource(
  topology: Topology,
  kind: BorderKind,
): "regions" | "municipalities" | "crossings" | null {
  if (kind === "crossing" && topology.objects.crossings) return "crossings";
  const regions =
    kind === "crossingArea"
      ? LEVELS.employmentArea.object
      : kind === "crossing" || LEVELS[kind].membership === "own"
        ? null
        : LEVELS[kind].object;
  if (regions && hasShapes(topology, regions)) return "regions";
  return hasShapes(topology, LEVELS.municipality.object) ? "municipalities" : null;
}

/**
 * One kind of border, from shared arcs, so no line is drawn twice and the lines
 * follow the fills exactly. Coastlines and national borders are never borders.
 * `crossingAreas` are the codes of employment areas that cross county borders.
 * - a level's (`county`, `seutukunta`, `municipality`…): between regions of that
 *   level: the mesh of its own object where it has shapes, else between
 *   municipalities of different regions by the registry's membership (every
 *   municipal border for municipality);
 * - crossingArea: the part of employmentArea that bounds a crossing area;
 * - crossing: where a county border cuts through an employment area: the
 *   geo build's `crossings` lines, or, in a topology without them, between
 *   municipalities of the same employment area but different counties.
 * A topology without the shapes a kind needs gives no lines.
 */
export function borderLine(
  topology: Topology,
  kind: BorderKind,
  crossingAreas: ReadonlySet<string>,
): GeoJSON.MultiLineString {
  const source = borderSource(topology, kind);
  if (!source) return { type: "MultiLineString", coordinates: [] };
  if (kind === "crossing") {
    // Measured as User Timing "crossing-borders": the crossing analysis's share of the work.
    performance.mark("crossing-borders-start");
    const lines =
      source === "crossings"
        ? mesh(topology, topology.objects.crossings as GeometryCollection)
        : crossingBorders(topology);
    performance.measure("crossing-borders", "crossing-borders-start");
    return lines;
  }
  const key = LEVELS.employmentArea.membership.property;
  if (source === "regions") {
    const object = kind === "crossingArea" ? LEVELS.employmentArea.object : LEVELS[kind].object;
    const test =
      kind === "crossingArea"
        ? (a: string, b: string) => crossingAreas.has(a) || crossingAreas.has(b)
        : () => true;
    return mesh(
      topology,
      topology.objects[object] as GeometryCollection,
      (a, b) => a !== b && test(String(a.id), String(b.id)),
    );
  }
  const area = (p: Props) => String(p[key] ?? "");
  const test: Test =
    kind === "crossingArea"
      ? (a, b) => area(a) !== area(b) && (crossingAreas.has(area(a)) || crossingAreas.has(area(b)))
      : levelTest(kind);
  return mesh(
    topology,
    topology.objects.municipalities as GeometryCollection<Props>,
    (a, b) => a !== b && test(a.properties ?? {}, b.properties ?? {}),
  );
}
