// SVG path data for GeoJSON geometry through a projection.

import { ringBox } from "./geometry.ts";

type Project = (lng: number, lat: number) => [number, number];

/** A rectangle in drawing pixels: what is drawn, with a margin wider than any stroke. */
export interface ClipBox {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

type PathGeometry =
  | GeoJSON.Polygon
  | GeoJSON.MultiPolygon
  | GeoJSON.MultiLineString
  | GeoJSON.LineString;

/**
 * Path data for polygons and lines. Points closer than `minStep` pixels to the
 * last one drawn are skipped (the first and last point of a line, and a ring's
 * closing point, are always kept), which keeps the path small at country zoom
 * without moving any border more than that.
 *
 * With a `clip` box, what lies wholly outside it is left out, as a renderer
 * would spend time on it and show none of it: a line keeps only its runs of
 * segments whose bounds meet the box, a ring whose bounds miss the box is dropped
 * whole (an island or a hole out of sight); a ring that meets it is kept whole,
 * so a fill never gains an edge of its own inside the box. Each run starts a
 * subpath, where a dash pattern starts again: the dashes of a cut line keep
 * their lengths, but not their phase from one view to the next (as the GL map's
 * start again at each tile's edge). This drops per view and cuts nothing; an export of a
 * small area cuts its geometry at the area's edges once instead (`clippedTo`).
 */
export function svgPath(
  geometry: PathGeometry,
  project: Project,
  minStep = 0.5,
  clip?: ClipBox,
): string {
  const parts: string[] = [];
  const minSquared = minStep * minStep;
  /** The whole line (or ring) as one subpath, in one pass. */
  const whole = (points: GeoJSON.Position[], close: boolean) => {
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
  /** A ring, unless its bounds (of its longitudes and latitudes, projected) miss the box. */
  const ring = (points: GeoJSON.Position[], box: ClipBox) => {
    if (points.length > 0 && meets(projectedBox(ringBox(points), project), box))
      whole(points, true);
  };
  /** A line's runs of segments that meet the box, each a subpath, in one pass. */
  const runs = (points: GeoJSON.Position[], box: ClipBox) => {
    let d = "";
    let inRun = false;
    let [px, py] = [Number.NaN, Number.NaN];
    let [lastX, lastY] = [Number.NaN, Number.NaN];
    /** The run's latest point, when skipped as too close: drawn if the run ends on it. */
    let skipped: [number, number] | null = null;
    const end = () => {
      if (skipped) d += `L${skipped[0].toFixed(1)},${skipped[1].toFixed(1)}`;
      skipped = null;
      inRun = false;
    };
    for (let i = 0; i < points.length; i++) {
      const p = points[i] as GeoJSON.Position;
      const [x, y] = project(p[0] as number, p[1] as number);
      if (i > 0) {
        const inside = !(
          Math.max(px, x) < box.left ||
          Math.min(px, x) > box.right ||
          Math.max(py, y) < box.top ||
          Math.min(py, y) > box.bottom
        );
        if (inside) {
          if (!inRun) {
            d += `M${px.toFixed(1)},${py.toFixed(1)}`;
            [lastX, lastY] = [px, py];
            inRun = true;
          }
          const dx = x - lastX;
          const dy = y - lastY;
          if (dx * dx + dy * dy < minSquared) skipped = [x, y];
          else {
            d += `L${x.toFixed(1)},${y.toFixed(1)}`;
            [lastX, lastY] = [x, y];
            skipped = null;
          }
        } else if (inRun) end();
      }
      [px, py] = [x, y];
    }
    if (inRun) end();
    if (d) parts.push(d);
  };
  const line = (points: GeoJSON.Position[]) => (clip ? runs(points, clip) : whole(points, false));
  switch (geometry.type) {
    case "Polygon":
      for (const r of geometry.coordinates) clip ? ring(r, clip) : whole(r, true);
      break;
    case "MultiPolygon":
      for (const polygon of geometry.coordinates)
        for (const r of polygon) clip ? ring(r, clip) : whole(r, true);
      break;
    case "LineString":
      line(geometry.coordinates);
      break;
    case "MultiLineString":
      for (const l of geometry.coordinates) line(l);
      break;
  }
  return parts.join("");
}

/**
 * A box of longitudes and latitudes, [west, south, east, north] as `ringBox` gives it,
 * in drawing pixels (for projections whose x follows longitude and y latitude, as
 * Mercator's do). An empty box (no points) meets nothing and lies within nothing.
 */
export function projectedBox(
  [west, south, east, north]: readonly [number, number, number, number],
  project: Project,
): ClipBox {
  const [x0, y0] = project(west, north);
  const [x1, y1] = project(east, south);
  return {
    left: Math.min(x0, x1),
    top: Math.min(y0, y1),
    right: Math.max(x0, x1),
    bottom: Math.max(y0, y1),
  };
}

/** Whether two boxes meet (touching counts). */
export const meets = (a: ClipBox, b: ClipBox) =>
  !(a.right < b.left || a.left > b.right || a.bottom < b.top || a.top > b.bottom);

/** Whether box `a` lies wholly inside box `b`. */
export const within = (a: ClipBox, b: ClipBox) =>
  a.left >= b.left && a.right <= b.right && a.top >= b.top && a.bottom <= b.bottom;

/** Every line or ring of a geometry. */
export function linesOf(geometry: PathGeometry): GeoJSON.Position[][] {
  switch (geometry.type) {
    case "Polygon":
    case "MultiLineString":
      return geometry.coordinates;
    case "MultiPolygon":
      return geometry.coordinates.flat();
    case "LineString":
      return [geometry.coordinates];
  }
}
