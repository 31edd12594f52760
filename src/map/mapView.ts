// What the app asks of a map, whether drawn by MapLibre (WebGL) or as SVG (first paint, no WebGL).
import type { MapPosition } from "../share/mapHash.ts";
import type { MapGeometry } from "./geojson.ts";

export type LngLatBounds = [[number, number], [number, number]];

export interface PointerInfo {
  county: string | null;
  employmentArea: string | null;
  /** Position relative to the map container, in CSS pixels. */
  x: number;
  y: number;
  touch: boolean;
}

export interface MapViewOptions {
  geometry: MapGeometry;
  onHover(info: PointerInfo | null): void;
  onClick(info: PointerInfo): void;
  /** Called whenever the view moves, so overlays (labels) can follow. */
  onMove(): void;
  /** Called when a pan or zoom by the user ends, with the new position. */
  onMoveEnd(position: MapPosition): void;
  /** Where to start; null for Finland fitted to the container. */
  position: MapPosition | null;
}

export interface MapView {
  kind: "gl" | "svg";
  setCountyColors(colors: ReadonlyMap<string, string>, fallback: string): void;
  /**
   * Shades employment areas (an imported table by area), or with null stops.
   * While they are shaded, county borders are drawn dark, as outlines.
   */
  setAreaColors(colors: ReadonlyMap<string, string> | null, fallback: string): void;
  setSmallSample(codes: readonly string[]): void;
  setSelected(code: string | null): void;
  setOverlay(visible: boolean): void;
  setNeighbours(neighbours: GeoJSON.FeatureCollection): void;
  fitTo(bounds: LngLatBounds): void;
  /** Pixel position of a longitude and latitude in the map container. */
  project(lngLat: [number, number]): [number, number];
  zoom(): number;
  /** The map as drawn now, `scale` times the CSS size (for export). */
  snapshot(scale: number): Promise<CanvasImageSource>;
  destroy(): void;
}

/** Finland with Åland, in WGS 84 longitude/latitude: [west, south], [east, north]. */
export const FINLAND_BOUNDS: LngLatBounds = [
  [19.1, 59.7],
  [31.6, 70.1],
];

/** Room for the legend on the left of wide maps; a small margin on narrow ones. */
export function fitPadding(width: number) {
  return width > 700
    ? { top: 16, bottom: 24, left: 290, right: 16 }
    : { top: 8, bottom: 8, left: 8, right: 8 };
}
