// Web Mercator as MapLibre uses it, and its fitBounds, so an SVG drawn with it lines up with the GL map.

export interface Padding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** Longitude and latitude in degrees to Mercator units in [0, 1], y down (MapLibre's convention). */
export function mercator(lng: number, lat: number): [number, number] {
  const clamped = Math.max(-85.051129, Math.min(85.051129, lat));
  const y = Math.log(Math.tan(Math.PI / 4 + (clamped * Math.PI) / 360));
  return [(lng + 180) / 360, 0.5 - y / (2 * Math.PI)];
}

export interface Viewport {
  /** World size in pixels: 512 × 2^zoom, as in MapLibre. */
  worldSize: number;
  zoom: number;
  /** Pixel position of a longitude and latitude. */
  project(lng: number, lat: number): [number, number];
}

/**
 * The viewport MapLibre's fitBounds gives: the largest zoom at which the bounds
 * fit the container less its padding, centred on the bounds' Mercator centre
 * within the padded area. A container too small for its padding gets zoom from
 * a one-pixel area rather than a negative one.
 */
export function fitBounds(
  bounds: [[number, number], [number, number]],
  width: number,
  height: number,
  padding: Padding,
): Viewport {
  const [[west, south], [east, north]] = bounds;
  const [x0, y1] = mercator(west, south);
  const [x1, y0] = mercator(east, north);
  const availableWidth = Math.max(1, width - padding.left - padding.right);
  const availableHeight = Math.max(1, height - padding.top - padding.bottom);
  const worldSize = Math.min(availableWidth / (x1 - x0), availableHeight / (y1 - y0));
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  const sx = padding.left + availableWidth / 2;
  const sy = padding.top + availableHeight / 2;
  return {
    worldSize,
    zoom: Math.log2(worldSize / 512),
    project(lng, lat) {
      const [x, y] = mercator(lng, lat);
      return [sx + (x - cx) * worldSize, sy + (y - cy) * worldSize];
    },
  };
}

/** The viewport centred on a longitude and latitude at a zoom, as MapLibre's jumpTo gives. */
export function viewportAt(
  center: [number, number],
  zoom: number,
  width: number,
  height: number,
): Viewport {
  const worldSize = 512 * 2 ** zoom;
  const [cx, cy] = mercator(center[0], center[1]);
  return {
    worldSize,
    zoom,
    project(lng, lat) {
      const [x, y] = mercator(lng, lat);
      return [width / 2 + (x - cx) * worldSize, height / 2 + (y - cy) * worldSize];
    },
  };
}
