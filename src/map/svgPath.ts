// SVG path data for GeoJSON geometry through a projection.

type Project = (lng: number, lat: number) => [number, number];

/**
 * Path data for polygons and lines. Points closer than `minStep` pixels to the
 * last one drawn are skipped (a ring's last point always closes it), which keeps
 * the path small at country zoom without moving any border more than that.
 */
export function svgPath(
  geometry: GeoJSON.Polygon | GeoJSON.MultiPolygon | GeoJSON.MultiLineString | GeoJSON.LineString,
  project: Project,
  minStep = 0.5,
): string {
  const parts: string[] = [];
  const minSquared = minStep * minStep;
  const line = (points: GeoJSON.Position[], close: boolean) => {
    let lastX = Number.NaN;
    let lastY = Number.NaN;
    let d = "";
    const n = points.length;
    for (let i = 0; i < n; i++) {
      const p = points[i] as GeoJSON.Position;
      const [x, y] = project(p[0] as number, p[1] as number);
      if (i > 0 && i < n - 1) {
        const dx = x - lastX;
        const dy = y - lastY;
        if (dx * dx + dy * dy < minSquared) continue;
      }
      d += `${i === 0 ? "M" : "L"}${x.toFixed(1)},${y.toFixed(1)}`;
      lastX = x;
      lastY = y;
    }
    parts.push(close ? `${d}Z` : d);
  };
  switch (geometry.type) {
    case "Polygon":
      for (const ring of geometry.coordinates) line(ring, true);
      break;
    case "MultiPolygon":
      for (const polygon of geometry.coordinates) for (const ring of polygon) line(ring, true);
      break;
    case "LineString":
      line(geometry.coordinates, false);
      break;
    case "MultiLineString":
      for (const l of geometry.coordinates) line(l, false);
      break;
  }
  return parts.join("");
}
