// Converts the atlas topology into the GeoJSON the map draws, with flat properties.
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import { type BorderKind, borderLines } from "../analysis/borderLines.ts";

export type RegionCollection = GeoJSON.FeatureCollection<
  GeoJSON.Polygon | GeoJSON.MultiPolygon,
  { code: string }
>;

export type BorderCollection = GeoJSON.FeatureCollection<
  GeoJSON.MultiLineString,
  { kind: BorderKind }
>;

export interface MapGeometry {
  counties: RegionCollection;
  /** For pointer queries, bounds and labels; the map draws their borders from `borders`. */
  employmentAreas: RegionCollection;
  outside: RegionCollection;
  /** Every border line, one feature per kind (see borderLines). */
  borders: BorderCollection;
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

/**
 * The GeoJSON for one topology. `crossingAreas` are the codes of the employment
 * areas that cross county borders, whose outlines are drawn heavier.
 */
export function mapGeometry(topology: Topology, crossingAreas: ReadonlySet<string>): MapGeometry {
  const lines = borderLines(topology, crossingAreas);
  const feature = (kind: BorderKind, geometry: GeoJSON.MultiLineString) => ({
    type: "Feature" as const,
    properties: { kind },
    geometry,
  });
  return {
    counties: regionFeatures(topology, "counties"),
    employmentAreas: regionFeatures(topology, "employmentAreas"),
    outside: regionFeatures(topology, "outside"),
    borders: {
      type: "FeatureCollection",
      features: [
        feature("county", lines.county),
        feature("area", lines.area),
        feature("crossing-area", lines.crossingArea),
        feature("crossing", lines.crossing),
      ],
    },
  };
}
