// The border lines the map draws, as meshes of the municipal topology: each shared arc once.
import { mesh } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import type { BorderKind } from "../data/levels.ts";
import { crossingBorders } from "./crossingBorders.ts";

interface MunicipalityProps {
  county?: string;
  employment_area?: string;
  maakunta?: string;
}

type Test = (a: MunicipalityProps, b: MunicipalityProps) => boolean;

/**
 * One kind of border, derived from the shared arcs of the municipalities, so no
 * line is drawn twice and the lines follow the fills exactly. Coastlines and
 * national borders are never borders. `crossingAreas` are the codes of
 * employment areas that cross county borders.
 * - county, employmentArea, maakunta, municipality: between municipalities of
 *   different regions of that level (every municipal border for municipality);
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
  const tests: Record<Exclude<BorderKind, "crossing">, Test> = {
    county: (a, b) => a.county !== b.county,
    employmentArea: (a, b) => a.employment_area !== b.employment_area,
    maakunta: (a, b) => a.maakunta !== b.maakunta,
    municipality: () => true,
    crossingArea: (a, b) =>
      a.employment_area !== b.employment_area &&
      (crossingAreas.has(a.employment_area ?? "") || crossingAreas.has(b.employment_area ?? "")),
  };
  const test = tests[kind];
  return mesh(
    topology,
    topology.objects.municipalities as GeometryCollection<MunicipalityProps>,
    (a, b) => a !== b && test(a.properties ?? {}, b.properties ?? {}),
  );
}
