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
 * MultiLineString where no employment area crosses a county border.
 */
export function crossingBorders(topology: Topology): GeoJSON.MultiLineString {
  const municipalities = topology.objects.municipalities as GeometryCollection<MunicipalityProps>;
  return mesh(topology, municipalities, (a, b) => {
    const pa = a.properties as MunicipalityProps | undefined;
    const pb = b.properties as MunicipalityProps | undefined;
    return a !== b && pa?.employment_area === pb?.employment_area && pa?.county !== pb?.county;
  });
}
