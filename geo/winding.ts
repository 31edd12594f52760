// Ring winding as RFC 7946 says: exterior rings anticlockwise, holes clockwise.
import { signedArea2 } from "./validity.ts";

type Ring = GeoJSON.Position[];

/** The ring in the given direction (reversed if it winds the other way). */
function wind(ring: Ring, anticlockwise: boolean): Ring {
  const area = signedArea2(ring as [number, number][]);
  return area !== 0 && area > 0 !== anticlockwise ? [...ring].reverse() : ring;
}

/**
 * A polygon or multipolygon wound as RFC 7946 says (exterior anticlockwise,
 * holes clockwise, in longitude and latitude), whatever its source did. d3-geo
 * wants the opposite: use `rewindForD3` where spherical areas are taken with it.
 */
export function rewind<G extends GeoJSON.Polygon | GeoJSON.MultiPolygon>(geometry: G): G {
  const polygon = (rings: Ring[]) => rings.map((ring, i) => wind(ring, i === 0));
  return (
    geometry.type === "Polygon"
      ? { ...geometry, coordinates: polygon(geometry.coordinates) }
      : { ...geometry, coordinates: geometry.coordinates.map(polygon) }
  ) as G;
}

/** The same geometry wound as d3-geo expects on the sphere: exterior clockwise, holes anticlockwise. */
export function rewindForD3<G extends GeoJSON.Polygon | GeoJSON.MultiPolygon>(geometry: G): G {
  const polygon = (rings: Ring[]) => rings.map((ring, i) => wind(ring, i !== 0));
  return (
    geometry.type === "Polygon"
      ? { ...geometry, coordinates: polygon(geometry.coordinates) }
      : { ...geometry, coordinates: geometry.coordinates.map(polygon) }
  ) as G;
}
