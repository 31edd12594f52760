// The crossing segments: where a county border runs through an employment area, as lines over the atlas's arcs.
import { meshArcs } from "topojson-client";
import type { GeometryCollection, MultiLineString, Topology } from "topojson-specification";
import { GEO_LEVELS } from "./levels.ts";

type Props = Record<string, unknown>;

/**
 * The atlas with one more object, `crossings`: for each employment area whose
 * municipalities lie in more than one county, a MultiLineString (id = the
 * area's code) of the arcs between two of its municipalities of different
 * counties. Touching is not crossing: an arc between two areas, or on the
 * coast, is never in it. Areas that cross nothing get no geometry; the lines
 * reuse the municipalities' arcs, so they follow the fills exactly.
 */
export function withCrossings(topology: Topology): Topology {
  const county = GEO_LEVELS.county.property;
  const area = GEO_LEVELS.employmentArea.property;
  const municipalities = topology.objects.municipalities as GeometryCollection<Props>;
  const of = (g: { properties?: Props | object }, key: string) =>
    String((g.properties as Props | undefined)?.[key] ?? "");
  const codes = [...new Set(municipalities.geometries.map((g) => of(g, area)))].sort();
  const lines: MultiLineString<Props>[] = [];
  for (const code of codes) {
    const members = municipalities.geometries.filter((g) => of(g, area) === code);
    const mesh = meshArcs(
      topology,
      { type: "GeometryCollection", geometries: members },
      (a, b) => a !== b && of(a, county) !== of(b, county),
    );
    if (mesh.arcs.length) lines.push({ type: "MultiLineString", id: code, arcs: mesh.arcs });
  }
  return {
    ...topology,
    objects: { ...topology.objects, crossings: { type: "GeometryCollection", geometries: lines } },
  };
}
