// What the app asks of a map, whether drawn by MapLibre (WebGL) or as SVG (first paint, no WebGL).

import { isNarrow } from "../breakpoints.ts";
import type { LevelId } from "../data/levels.ts";
import type { Scene } from "../scene/scene.ts";
import type { MapGeometry } from "./geometry.ts";

export type LngLatBounds = [[number, number], [number, number]];

/** Where a map looks: its centre and MapLibre's zoom. */
export interface Camera {
  center: [number, number];
  zoom: number;
}

/** A pointer on the map: where on the earth, where in the container (CSS px), and by what. */
export interface MapPointer {
  lngLat: [number, number];
  x: number;
  y: number;
  touch: boolean;
}

export interface MapViewOptions {
  geometry: MapGeometry;
  /** Where to start; null for Finland fitted to the container. */
  camera: Camera | null;
  /** Embedded in an article: wheel and one finger scroll the page; ctrl/⌘ + wheel and two fingers zoom. */
  cooperative: boolean;
  /**
   * The room Finland is fitted inside, from the map's edges: what covers the
   * map (its legend) is kept clear. Absent, `fitPadding` of the map's width.
   */
  padding?(width: number): Padding;
  onHover(pointer: MapPointer | null): void;
  onClick(pointer: MapPointer): void;
  /** Called whenever the view moves, so overlays (labels) can follow. */
  onMove(): void;
  /** Called when a pan or zoom by the user ends. */
  onMoveEnd(camera: Camera): void;
  /** The user began to zoom or pan. */
  onGesture(): void;
  /** A zoom or pan was asked for but not done (cooperative mode): show how. */
  onGestureHint(kind: "wheel" | "touch"): void;
}

export interface MapView {
  kind: "gl" | "svg";
  /** The element overlays (labels) go into: events on them bubble to the map's own handlers. */
  overlay: HTMLElement;
  render(scene: Scene): void;
  /** Fits Finland again if it is fitted (what covers the map changed size): the SVG map. */
  refit?(): void;
  /** Builds a level's paths for the present viewport ahead of a render that shows it (the SVG map). */
  prepare?(level: LevelId): void;
  setGeometry(geometry: MapGeometry): void;
  camera(): Camera;
  jumpTo(camera: Camera): void;
  fitTo(bounds: LngLatBounds): void;
  /** Zooms by `delta` levels about a pixel of the map (the point there stays put); its centre by default. */
  zoomBy(delta: number, around?: [number, number]): void;
  /** Pixel position of a longitude and latitude in the map container. */
  project(lngLat: [number, number]): [number, number];
  /** The longitude and latitude at a pixel of the map container. */
  unproject(point: [number, number]): [number, number];
  zoom(): number;
  destroy(): void;
}

/** Finland with Åland, in WGS 84 longitude/latitude: [west, south], [east, north]. */
export const FINLAND_BOUNDS: LngLatBounds = [
  [19.1, 59.7],
  [31.6, 70.1],
];

export interface Padding {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** Room for the legend on the left of wide maps; a small margin on narrow ones. */
export function fitPadding(width: number): Padding {
  return isNarrow(width)
    ? { top: 8, bottom: 8, left: 8, right: 8 }
    : { top: 16, bottom: 24, left: 290, right: 16 };
}

/** Zooms at which a map is still "country scale": no more detail than the first view needs. */
export const DETAIL_ZOOM = 7;

/** The zoom limits of every map view. */
export const ZOOM_RANGE = { min: 3, max: 11 } as const;

/** Whether two cameras show the same view (within a hundredth of a zoom level and a pixel or so). */
export function sameCamera(a: Camera, b: Camera): boolean {
  const tolerance = 360 / (512 * 2 ** a.zoom);
  return (
    Math.abs(a.zoom - b.zoom) < 0.01 &&
    Math.abs(a.center[0] - b.center[0]) < tolerance &&
    Math.abs(a.center[1] - b.center[1]) < tolerance
  );
}
