// Polygon area in km² in an equal-area projection (ETRS89-LAEA, EPSG:3035).
import proj4 from "proj4";

// ETRS89 / LAEA Europe: Lambert azimuthal equal-area on the GRS80 ellipsoid.
const LAEA_EUROPE =
  "+proj=laea +lat_0=52 +lon_0=10 +x_0=4321000 +y_0=3210000 +ellps=GRS80 +units=m +no_defs";
const toLaea = proj4("EPSG:4326", LAEA_EUROPE);

/** Shoelace area of a ring of projected points, in m², always positive. */
function ringArea(ring: readonly GeoJSON.Position[]): number {
  let sum = 0;
  for (let i = 0, n = ring.length, j = n - 1; i < n; j = i++) {
    const a = ring[j] as GeoJSON.Position;
    const b = ring[i] as GeoJSON.Position;
    sum += (a[0] as number) * (b[1] as number) - (b[0] as number) * (a[1] as number);
  }
  return Math.abs(sum) / 2;
}

/**
 * Area of a WGS 84 polygon or multipolygon in km², on the GRS80 ellipsoid via an
 * equal-area projection (not web Mercator, which inflates Lapland about fivefold).
 * Holes are subtracted. Edges are taken as straight in the projection, which at
 * the 1:1 000 000 vertex density differs from geodesic edges by far less than 0.1 %.
 */
export function areaKm2(geometry: GeoJSON.Polygon | GeoJSON.MultiPolygon): number {
  const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
  let m2 = 0;
  for (const polygon of polygons) {
    polygon.forEach((ring, i) => {
      const area = ringArea(ring.map((p) => toLaea.forward([p[0] as number, p[1] as number])));
      m2 += i === 0 ? area : -area;
    });
  }
  return m2 / 1e6;
}
