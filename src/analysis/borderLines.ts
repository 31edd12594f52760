// The border lines the map draws, as meshes of the municipal topology: each shared arc once.
import { mesh } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import { crossingBorders } from "./crossingBorders.ts";

interface MunicipalityProps {
  county?: string;
  employment_area?: string;
}

export type BorderKind = "county" | "area" | "crossing-area" | "crossing";

export interface BorderLines {
  /** Between municipalities of different counties (coasts and national borders excluded). */
  county: GeoJSON.MultiLineString;
  /** Between municipalities of different employment areas. */
  area: GeoJSON.MultiLineString;
  /** The part of `area` that bounds an employment area crossing a county border. */
  crossingArea: GeoJSON.MultiLineString;
  /**
   * Between municipalities of the same employment area but different counties:
   * where a county border cuts through an employment area.
   */
  crossing: GeoJSON.MultiLineString;
}

/**
 * Derives every border from the shared arcs of the municipalities, so no line
 * is drawn twice and the lines follow the fills exactly. `crossingAreas` are the
 * codes of employment areas that cross county borders.
 */
export function borderLines(topology: Topology, crossingAreas: ReadonlySet<string>): BorderLines {
  const municipalities = topology.objects.municipalities as GeometryCollection<MunicipalityProps>;
  const between = (test: (a: MunicipalityProps, b: MunicipalityProps) => boolean) =>
    mesh(
      topology,
      municipalities,
      (a, b) => a !== b && test(a.properties ?? {}, b.properties ?? {}),
    );
  // Measured as User Timing "crossing-borders": the crossing analysis's share of the work.
  performance.mark("crossing-borders-start");
  const crossing = crossingBorders(topology);
  performance.measure("crossing-borders", "crossing-borders-start");
  return {
    crossing,
    county: between((a, b) => a.county !== b.county),
    area: between((a, b) => a.employment_area !== b.employment_area),
    crossingArea: between(
      (a, b) =>
        a.employment_area !== b.employment_area &&
        (crossingAreas.has(a.employment_area ?? "") || crossingAreas.has(b.employment_area ?? "")),
    ),
  };
}
