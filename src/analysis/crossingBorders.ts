// The county-border segments that run through employment areas, from the shared arcs.
import type { Topology } from "topojson-specification";
import { borderLines } from "./borderLines.ts";

/**
 * The arcs between two municipalities of the same employment area but different
 * counties: where a county border cuts through an employment area. Coastlines
 * and borders between different employment areas are excluded. Returns an empty
 * MultiLineString where no employment area crosses a county border.
 */
export function crossingBorders(topology: Topology): GeoJSON.MultiLineString {
  return borderLines(topology, new Set()).crossing;
}
