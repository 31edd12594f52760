// Where to put a region's label: the pole of inaccessibility of its largest polygon.
import polylabel from "polylabel";

/**
 * A point well inside the region's largest polygon (by bounding-box area in
 * degrees, scaled by the cosine of latitude), so labels do not fall on islands
 * or in bays. Precision is 0.01°, about a kilometre.
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
  return [x ?? 0, y ?? 0];
}
