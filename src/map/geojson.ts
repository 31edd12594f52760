// Converts the atlas topology into the GeoJSON the map draws, with flat properties.
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import { crossingBorders } from "../analysis/crossingBorders.ts";

export type RegionCollection = GeoJSON.FeatureCollection<
  GeoJSON.Polygon | GeoJSON.MultiPolygon,
  { code: string }
>;

export interface MapGeometry {
  counties: RegionCollection;
  employmentAreas: RegionCollection;
  outside: RegionCollection;
  /** County borders inside employment areas (see crossingBorders). */
  crossingBorders: GeoJSON.Feature<GeoJSON.MultiLineString>;
}

/** Features of one object, each with `properties.code` = its id. A missing object gives none. */
export function regionFeatures(topology: Topology, key: string): RegionCollection {
  const object = topology.objects[key] as GeometryCollection | undefined;
  if (!object) return { type: "FeatureCollection", features: [] };
  const collection = feature(topology, object) as GeoJSON.FeatureCollection<
    GeoJSON.Polygon | GeoJSON.MultiPolygon
  >;
  return {
    type: "FeatureCollection",
    features: collection.features.map((f) => ({
      type: "Feature",
      id: undefined,
      properties: { code: String(f.id) },
      geometry: f.geometry,
    })),
  };
}

export function mapGeometry(topology: Topology): MapGeometry {
  return {
    counties: regionFeatures(topology, "counties"),
    employmentAreas: regionFeatures(topology, "employmentAreas"),
    outside: regionFeatures(topology, "outside"),
    crossingBorders: { type: "Feature", properties: {}, geometry: crossingBorders(topology) },
  };
}
