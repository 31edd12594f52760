// The border lines the map draws, as meshes of the municipal topology: each shared arc once.
import { mesh } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import { type BorderKind, LEVELS, type LevelId, type Membership } from "../data/levels.ts";
import { crossingBorders } from "./crossingBorders.ts";

type MunicipalityProps = Record<string, unknown>;

type Test = (a: MunicipalityProps, b: MunicipalityProps) => boolean;

/** The test of a level's border: between municipalities its membership puts in different regions. */
function levelTest(level: LevelId): Test {
  const membership: Membership = LEVELS[level].membership;
  if (membership === "own") return () => true;
  if (membership === "outside") return () => false;
  return (a, b) => a[membership.property] !== b[membership.property];
}

/**
 * One kind of border, derived from the shared arcs of the municipalities, so no
 * line is drawn twice and the lines follow the fills exactly. Coastlines and
 * national borders are never borders. `crossingAreas` are the codes of
 * employment areas that cross county borders.
 * - a level's (`county`, `seutukunta`, `municipality`…): between municipalities
 *   of different regions of that level, by the registry's membership (every
 *   municipal border for municipality);
 * - crossingArea: the part of employmentArea that bounds a crossing area;
 * - crossing: between municipalities of the same employment area but different
 *   counties, where a county border cuts through an employment area.
 */
export function borderLine(
  topology: Topology,
  kind: BorderKind,
  crossingAreas: ReadonlySet<string>,
): GeoJSON.MultiLineString {
  if (kind === "crossing") {
    // Measured as User Timing "crossing-borders": the crossing analysis's share of the work.
    performance.mark("crossing-borders-start");
    const lines = crossingBorders(topology);
    performance.measure("crossing-borders", "crossing-borders-start");
    return lines;
  }
  const key = LEVELS.employmentArea.membership.property;
  const area = (p: MunicipalityProps) => String(p[key] ?? "");
  const test: Test =
    kind === "crossingArea"
      ? (a, b) => area(a) !== area(b) && (crossingAreas.has(area(a)) || crossingAreas.has(area(b)))
      : levelTest(kind);
  return mesh(
    topology,
    topology.objects.municipalities as GeometryCollection<MunicipalityProps>,
    (a, b) => a !== b && test(a.properties ?? {}, b.properties ?? {}),
  );
}
