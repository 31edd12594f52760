// The county-border segments that run through employment areas, from the shared arcs.
import { mesh } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";

interface MunicipalityProps {
  county?: string;
  employment_area?: string;
}

/**
 * The arcs between two municipalities of the same employment area but different
 * counties: where a county border cuts through an employment area. Coastlines
 * and borders between different employment areas are excluded. Returns an empty
 * MultiLineString where no employment area crosses a county border. Only the
 * municipalities of crossing areas (found from their codes first) are meshed,
 * which keeps this to a few milliseconds.
 */
export function crossingBorders(topology: Topology): GeoJSON.MultiLineString {
  const all = (topology.objects.municipalities as GeometryCollection<MunicipalityProps>).geometries;
  const countiesByArea = new Map<string, Set<string>>();
  const props = (g: (typeof all)[number]) => (g.properties ?? {}) as MunicipalityProps;
  for (const g of all) {
    const area = props(g).employment_area ?? "";
    countiesByArea.set(area, (countiesByArea.get(area) ?? new Set()).add(props(g).county ?? ""));
  }
  const crossing = all.filter(
    (g) => (countiesByArea.get(props(g).employment_area ?? "")?.size ?? 0) > 1,
  );
  return mesh(topology, { type: "GeometryCollection", geometries: crossing }, (a, b) => {
    const pa = a.properties as MunicipalityProps | undefined;
    const pb = b.properties as MunicipalityProps | undefined;
    return a !== b && pa?.employment_area === pb?.employment_area && pa?.county !== pb?.county;
  });
}
