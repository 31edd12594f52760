// Where each region's label goes, computed once at build time: the pole of inaccessibility of its largest polygon.
import polylabel from "polylabel";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";

/** Label points by object name, then by geometry id: [longitude, latitude], 4 decimals. */
export type LabelPoints = Map<string, Map<string, [number, number]>>;

/**
 * A point well inside the largest polygon (by bounding-box area in degrees,
 * scaled by the cosine of latitude), so labels do not fall on islands or in
 * bays. Precision 0.01°, about a kilometre.
 */
export function labelPoint(geometry: GeoJSON.Polygon | GeoJSON.MultiPolygon): [number, number] {
  const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
  let best = polygons[0] ?? [];
  let bestSize = -1;
  for (const polygon of polygons) {
    const ring = polygon[0] ?? [];
    const xs = ring.map((p) => p[0] as number);
    const ys = ring.map((p) => p[1] as number);
    const midLat = ((Math.min(...ys) + Math.max(...ys)) / 2) * (Math.PI / 180);
    const size =
      (Math.max(...xs) - Math.min(...xs)) * Math.cos(midLat) * (Math.max(...ys) - Math.min(...ys));
    if (size > bestSize) [best, bestSize] = [polygon, size];
  }
  const [x, y] = polylabel(best as number[][][], 0.01);
  // Three decimals (about 100 m): finer than polylabel's 0.01° precision, and no more bytes than that.
  const round = (v: number | undefined) => Math.round((v ?? 0) * 1e3) / 1e3;
  return [round(x), round(y)];
}

/** The label point of every geometry of every object of a topology. */
export function labelPoints(topology: Topology): LabelPoints {
  const points: LabelPoints = new Map();
  for (const [name, object] of Object.entries(topology.objects)) {
    const byId = new Map<string, [number, number]>();
    for (const f of (feature(topology, object as GeometryCollection) as GeoJSON.FeatureCollection)
      .features)
      if (f.geometry && (f.geometry.type === "Polygon" || f.geometry.type === "MultiPolygon"))
        byId.set(String(f.id), labelPoint(f.geometry));
    points.set(name, byId);
  }
  return points;
}

/**
 * The topology with `label_x`, `label_y` (longitude, latitude) added to every
 * geometry's properties, from `points`: the detailed atlas takes the default
 * atlas's points, so a label does not move when the geometry is swapped.
 */
export function withLabelPoints(topology: Topology, points: LabelPoints): Topology {
  const objects = Object.fromEntries(
    Object.entries(topology.objects).map(([name, object]) => {
      const collection = object as GeometryCollection<Record<string, unknown>>;
      return [
        name,
        {
          ...collection,
          geometries: collection.geometries.map((g) => {
            const p = points.get(name)?.get(String(g.id));
            return p ? { ...g, properties: { ...g.properties, label_x: p[0], label_y: p[1] } } : g;
          }),
        },
      ];
    }),
  );
  return { ...topology, objects } as Topology;
}
