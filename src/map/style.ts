// The map's local style: no tile server, glyph or sprite URL.
import type { LngLatBoundsLike, StyleSpecification } from "maplibre-gl";

/** Finland with Åland, in WGS 84 longitude/latitude: [west, south], [east, north]. */
export const FINLAND_BOUNDS: LngLatBoundsLike = [
  [19.0, 59.6],
  [31.7, 70.1],
];

export function baseStyle(): StyleSpecification {
  return {
    version: 8,
    sources: {},
    layers: [{ id: "sea", type: "background", paint: { "background-color": "#dde8ef" } }],
  };
}
