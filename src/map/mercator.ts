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

/** Mercator units back to longitude and latitude in degrees. */
export function inverseMercator(x: number, y: number): [number, number] {
  const lat = (360 / Math.PI) * Math.atan(Math.exp((0.5 - y) * 2 * Math.PI)) - 90;
  return [x * 360 - 180, lat];
}

export interface Viewport {
  /** Size of the drawing in CSS pixels. */
  width: number;
  height: number;
  /** The longitude and latitude at the centre of the drawing. */
  center: [number, number];
  /** MapLibre's zoom: the world is 512 × 2^zoom pixels wide. */
  zoom: number;
  /** Equal for equal viewports: a cache key. */
  key: string;
  /** Pixel position of a longitude and latitude. */
  project(lng: number, lat: number): [number, number];
  /** Longitude and latitude at a pixel. */
  unproject(x: number, y: number): [number, number];
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
    width,
    height,
    center,
    zoom,
    key: `${width}x${height}@${zoom.toFixed(6)}/${center[0].toFixed(7)},${center[1].toFixed(7)}`,
    project(lng, lat) {
      const [x, y] = mercator(lng, lat);
      return [width / 2 + (x - cx) * worldSize, height / 2 + (y - cy) * worldSize];
    },
    unproject(px, py) {
      return inverseMercator(cx + (px - width / 2) / worldSize, cy + (py - height / 2) / worldSize);
    },
  };
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
  // The padded area's centre sits on the bounds' centre; the drawing's centre is offset from it.
  const offsetX = (padding.left - padding.right) / 2 / worldSize;
  const offsetY = (padding.top - padding.bottom) / 2 / worldSize;
  const center = inverseMercator((x0 + x1) / 2 - offsetX, (y0 + y1) / 2 - offsetY);
  return viewportAt(center, Math.log2(worldSize / 512), width, height);
}

/** The viewport `delta` zoom levels in or out, keeping the point at pixel (x, y) where it is. */
export function zoomAround(v: Viewport, delta: number, x: number, y: number): Viewport {
  const [lng, lat] = v.unproject(x, y);
  const zoomed = viewportAt(v.center, v.zoom + delta, v.width, v.height);
  const [px, py] = zoomed.project(lng, lat);
  return panBy(zoomed, px - x, py - y);
}

/** The viewport moved so that what was at (dx, dy) from the centre is now at the centre. */
export function panBy(v: Viewport, dx: number, dy: number): Viewport {
  return viewportAt(v.unproject(v.width / 2 + dx, v.height / 2 + dy), v.zoom, v.width, v.height);
}
